/*
 * Quiz page helpers. attuneQuiz.restoreFocus: after an ordering step moves (and the list is redrawn), keyboard focus
 * returns to the moved step's button, so the trainee keeps their place. It runs when PrimeFaces has finished an ajax
 * request (its pfAjaxComplete event), not from an oncomplete attribute: the page's content security policy allows no
 * inline script of ours.
 */
var attuneQuiz = (function () {
    'use strict';
    var movedLabel = null;
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.ordering__move') : null;
        if (button) {
            movedLabel = button.getAttribute('aria-label');
        }
    }, true);
    return {
        restoreFocus: function () {
            if (!movedLabel) {
                return;
            }
            var buttons = document.querySelectorAll('.ordering__move');
            for (var i = 0; i < buttons.length; i++) {
                if (buttons[i].getAttribute('aria-label') === movedLabel) {
                    var target = buttons[i].disabled
                        ? buttons[i].parentNode.querySelector('.ordering__move:not([disabled])') : buttons[i];
                    if (target) {
                        target.focus();
                    }
                    break;
                }
            }
            movedLabel = null;
        }
    };
}());
if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () {
        attuneQuiz.restoreFocus();
    });
}

/*
 * Autosave: every change to an answer is sent at once to PUT /api/v1/attempts/{id}/answers/{question}. The question
 * shows "Answer saved" when the server has it; a dropped connection is retried every few seconds; when time is up
 * the page moves to the feedback. Submitting the form also sends every answer, so nothing depends on this script.
 * Each save carries a number that rises with every change of its question (continuing from the server's last one,
 * data-sequence): requests can overtake each other, and the server keeps the newest whatever order they arrive in;
 * the page shows "Answer saved" only for the newest save of a question.
 */
(function () {
    'use strict';
    var form = document.getElementById('attempt');
    if (!form || !form.dataset.api || !window.fetch) {
        return;
    }
    var pending = {};
    var sequence = {};
    var announce = document.getElementById('attempt:announce');

    function choices(fieldset) {
        var type = fieldset.dataset.type;
        if (type === 'matching') {
            return Array.prototype.map.call(fieldset.querySelectorAll('select'), function (s) {
                return s.value;
            });
        }
        return Array.prototype.filter.call(fieldset.querySelectorAll('input[type=radio], input[type=checkbox]'),
            function (i) {
                return i.checked;
            }).map(function (i) {
            return i.value;
        });
    }

    function status(fieldset, text, alert) {
        var region = fieldset.querySelector('.question__status');
        if (region) {
            region.textContent = text;
            region.setAttribute('role', alert ? 'alert' : 'status');
        }
    }

    function answered(count) {
        var line = form.querySelector('.answered-count');
        if (line && count !== undefined) {
            line.textContent = form.dataset.answered + ' ' + count + ' ' + form.dataset.of + ' ' + line.dataset.total;
        }
    }

    function send(fieldset) {
        var key = fieldset.dataset.question;
        var number = Math.max(sequence[key] || 0, Number(fieldset.dataset.sequence) || 0) + 1;
        sequence[key] = number;
        pending[key] = choices(fieldset);
        window.fetch(form.dataset.api + encodeURIComponent(key), {
            method: 'PUT',
            credentials: 'same-origin',
            redirect: 'manual',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Attune-Request': '1'},
            body: JSON.stringify({choices: pending[key], sequence: number})
        }).then(function (response) {
            var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
            if (number !== sequence[key]) {
                return; // a newer save of this question was sent: its answer tells the trainee
            }
            if (response.ok && json) {
                return response.json().then(function (body) {
                    delete pending[key];
                    status(fieldset, form.dataset.saved, false);
                    announce.textContent = form.dataset.savedAnnounce.replace('{0}', fieldset.dataset.number);
                    answered(body.answered);
                });
            }
            if (response.status === 409 && json) {
                return response.json().then(function (problem) {
                    window.location.href = form.dataset.api.split('/api/')[0] + '/' + problem.next;
                });
            }
            if (json) {
                return response.json().then(function (problem) {
                    status(fieldset, problem.detail, true);
                });
            }
            status(fieldset, form.dataset.signedOut, true); // a redirect to the sign-in page, or an error page
        }).catch(function () {
            if (number !== sequence[key]) {
                return;
            }
            status(fieldset, form.dataset.retrying, true);
            window.setTimeout(function () {
                if (pending[key] && number === sequence[key]) {
                    send(fieldset);
                }
            }, 4000);
        });
    }

    form.addEventListener('change', function (event) {
        var fieldset = event.target.closest ? event.target.closest('fieldset.question') : null;
        if (fieldset && fieldset.dataset.type !== 'ordering') {
            send(fieldset);
        }
    });
}());

/*
 * The quiz timer: shows the time left, tells screen readers only at 15, 10, 5, 2 and 1 minutes left (never every
 * second), can be hidden (remembered on this device), and submits the attempt when time is up. The server enforces
 * the limit whatever this script does.
 */
(function () {
    'use strict';
    var box = document.getElementById('quiz-timer');
    if (!box) {
        return;
    }
    var deadline = Number(box.dataset.deadline);
    var skew = Date.now() - Number(box.dataset.now);
    var clock = document.getElementById('timer-clock');
    var display = document.getElementById('timer-display');
    var announcement = document.getElementById('timer-announcement');
    var toggle = document.getElementById('timer-toggle');
    var marks = [15, 10, 5, 2, 1];
    var announced = {};
    var submitted = false;
    var storageKey = 'attune.quizTimerHidden';

    function left() {
        return deadline - (Date.now() - skew);
    }

    function format(ms) {
        var seconds = Math.max(0, Math.ceil(ms / 1000));
        var minutes = Math.floor(seconds / 60);
        seconds = seconds % 60;
        return minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
    }

    function setHidden(hidden) {
        display.hidden = hidden;
        toggle.setAttribute('aria-pressed', hidden ? 'true' : 'false');
        toggle.textContent = hidden ? box.dataset.show : box.dataset.hide;
        try {
            window.localStorage.setItem(storageKey, hidden ? '1' : '0');
        } catch (e) {
            // storage may be disabled; the choice then lasts for this page only
        }
    }

    // thresholds already passed when the page opens are not announced late
    marks.forEach(function (m) {
        if (left() <= m * 60000) {
            announced[m] = true;
        }
    });

    function tick() {
        var ms = left();
        clock.textContent = format(ms);
        marks.forEach(function (m) {
            if (!announced[m] && ms <= m * 60000) {
                announced[m] = true;
                announcement.textContent = m === 1 ? box.dataset.minuteLeft
                    : box.dataset.minutesLeft.replace('{0}', m);
            }
        });
        if (ms <= 0 && !submitted) {
            submitted = true;
            announcement.textContent = box.dataset.timeUp;
            var submit = document.getElementById('attempt:submit');
            var flag = document.getElementById('attempt:timeUp');
            if (flag) {
                flag.value = 'true'; // the next page then says the quiz was submitted for the trainee
            }
            if (submit) {
                submit.click();
            }
        }
    }

    toggle.addEventListener('click', function () {
        setHidden(!display.hidden);
    });
    var stored = null;
    try {
        stored = window.localStorage.getItem(storageKey);
    } catch (e) {
        stored = null;
    }
    setHidden(stored === '1');
    tick();
    window.setInterval(tick, 1000);
}());

/*
 * Submitting with unanswered questions: the first press of Submit lists them in a warning (focused, role=alert) with
 * "Go back to the first unanswered question" and "Submit anyway". When time is up (the timer sets attempt:timeUp)
 * the attempt is submitted without asking. Without this script Submit submits at once, as the server allows.
 */
(function () {
    'use strict';
    var form = document.getElementById('attempt');
    var warning = document.getElementById('unanswered-warning');
    if (!form || !warning) {
        return;
    }
    var text = document.getElementById('unanswered-text');
    var confirmed = false;

    function answered(fieldset) {
        var type = fieldset.dataset.type;
        if (type === 'ordering') {
            var status = fieldset.querySelector('.question__status');
            return !!status && status.textContent.trim() !== '';
        }
        if (type === 'matching') {
            return Array.prototype.some.call(fieldset.querySelectorAll('select'), function (s) {
                return s.value !== '';
            });
        }
        return fieldset.querySelector('input:checked') !== null;
    }

    function unanswered() {
        return Array.prototype.filter.call(form.querySelectorAll('fieldset.question'), function (f) {
            return !answered(f);
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[id="attempt:submit"]') : null;
        var flag = document.getElementById('attempt:timeUp');
        if (!button || confirmed || (flag && flag.value === 'true')) {
            return;
        }
        var missing = unanswered();
        if (missing.length === 0) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        var numbers = missing.map(function (f) {
            return f.dataset.number;
        });
        text.textContent = missing.length === 1 ? warning.dataset.one.replace('{0}', numbers[0])
            : warning.dataset.many.replace('{0}', missing.length).replace('{1}', numbers.join(', '));
        warning.hidden = false;
        warning.focus();
    }, true);

    document.getElementById('unanswered-back').addEventListener('click', function () {
        var first = unanswered()[0];
        warning.hidden = true;
        if (first) {
            var control = first.querySelector('input, select, button');
            first.scrollIntoView();
            if (control) {
                control.focus();
            }
        }
    });

    document.getElementById('unanswered-submit').addEventListener('click', function () {
        confirmed = true;
        var submit = document.getElementById('attempt:submit');
        if (submit) {
            submit.click();
        }
    });
}());
