/*
 * The API page: reads Attune's OpenAPI document (same origin, as JSON) and lists each operation with its summary,
 * description, parameters, request body and responses. Builds elements with textContent only (nothing from the
 * document becomes markup) and reads its labels from the container's data- attributes, which come from the
 * message bundle.
 */
(function () {
    'use strict';
    var root = document.getElementById('operations');
    if (!root) {
        return;
    }
    var label = root.dataset;
    var METHODS = ['get', 'put', 'post', 'delete', 'patch'];

    function el(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function schemaText(schema) {
        if (!schema) {
            return '';
        }
        if (schema.$ref) {
            return schema.$ref.replace('#/components/schemas/', '');
        }
        var parts = [schema.type, schema.format, schema.pattern].filter(Boolean);
        if (schema.items) {
            parts.push('[' + schemaText(schema.items) + ']');
        }
        return parts.join(' ');
    }

    function table(headers, rows) {
        var wrapper = el('table', null, 'data-table');
        var head = el('tr');
        headers.forEach(function (h) { head.appendChild(el('th', h)); });
        var thead = el('thead');
        thead.appendChild(head);
        wrapper.appendChild(thead);
        var body = el('tbody');
        rows.forEach(function (row) {
            var tr = el('tr');
            row.forEach(function (cell) { tr.appendChild(el('td', cell, 'wrap')); });
            body.appendChild(tr);
        });
        wrapper.appendChild(body);
        return wrapper;
    }

    function examplesOf(media) {
        var out = [];
        Object.keys(media || {}).forEach(function (type) {
            var m = media[type];
            if (m.example !== undefined) {
                out.push(type + ': ' + (typeof m.example === 'string' ? m.example : JSON.stringify(m.example, null, 1)));
            }
            Object.keys(m.examples || {}).forEach(function (name) {
                var value = m.examples[name].value;
                out.push(type + ' (' + name + '): ' + (typeof value === 'string' ? value : JSON.stringify(value, null, 1)));
            });
        });
        return out;
    }

    function operation(path, method, op, doc) {
        var section = el('section', null, 'api-operation');
        var heading = el('h3');
        heading.appendChild(el('code', method.toUpperCase() + ' ' + path));
        section.appendChild(heading);
        if (op.summary) {
            section.appendChild(el('p', op.summary, 'api-summary'));
        }
        if (op.description) {
            section.appendChild(el('p', op.description));
        }
        var security = op.security || doc.security || [];
        if (security.some(function (s) { return Object.keys(s).length > 0; })) {
            section.appendChild(el('p', label.bearer));
        }
        var params = (op.parameters || []).map(function (p) {
            return [p.name, p['in'], p.required ? label.yes : label.no, schemaText(p.schema), p.description || ''];
        });
        if (params.length) {
            section.appendChild(el('h4', label.parameters));
            section.appendChild(table([label.name, label['in'], label.required, label.format, label.description],
                params));
        }
        if (op.requestBody) {
            section.appendChild(el('h4', label.body));
            var content = op.requestBody.content || {};
            section.appendChild(el('p', [op.requestBody.description || ''].concat(Object.keys(content)).join(' ')));
            examplesOf(content).forEach(function (e) { section.appendChild(el('pre', e, 'code')); });
        }
        section.appendChild(el('h4', label.responses));
        var list = el('dl');
        Object.keys(op.responses || {}).forEach(function (status) {
            var r = op.responses[status];
            list.appendChild(el('dt', status));
            var content = r.content || {};
            var types = Object.keys(content).map(function (t) {
                return t + (content[t].schema ? ' (' + schemaText(content[t].schema) + ')' : '');
            });
            list.appendChild(el('dd', [r.description || ''].concat(types).join(' - ')));
            examplesOf(content).forEach(function (e) {
                var dd = el('dd');
                dd.appendChild(el('pre', e, 'code'));
                list.appendChild(dd);
            });
        });
        section.appendChild(list);
        return section;
    }

    function render(doc) {
        root.textContent = '';
        Object.keys(doc.paths || {}).sort().forEach(function (path) {
            METHODS.forEach(function (method) {
                var op = doc.paths[path][method];
                if (op) {
                    root.appendChild(operation(path, method, op, doc));
                }
            });
        });
        root.setAttribute('data-loaded', 'true');
    }

    fetch(label.source, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.json();
        })
        .then(render)
        .catch(function () {
            root.textContent = '';
            root.appendChild(el('p', label.failed));
            root.setAttribute('data-loaded', 'failed');
        });
}());
