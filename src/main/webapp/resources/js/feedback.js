/*
 * The parents' feedback page: one answer per device per session. The browser keeps a random token for Attune's
 * feedback pages in localStorage and sends it with the form; the server keeps only a hash of (token, session).
 * Nothing else about the device is read: no fingerprint.
 */
(function () {
    'use strict';
    var field = document.getElementById('feedback:device');
    if (!field) {
        return;
    }
    var key = 'attune-feedback-device';
    var token = null;
    try {
        token = window.localStorage.getItem(key);
    } catch (e) {
        token = null;
    }
    if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
        var bytes = new Uint8Array(18);
        window.crypto.getRandomValues(bytes);
        token = Array.prototype.map.call(bytes, function (b) {
            return ('0' + b.toString(16)).slice(-2);
        }).join('');
        try {
            window.localStorage.setItem(key, token);
        } catch (e) {
            // private browsing without storage: this page's token still goes with the form
        }
    }
    field.value = token;
}());
