/*
 * The navigation menu button on small screens. This script marks the page (class has-nav-toggle on <html>) as soon as
 * it runs in the head, so the stylesheet may fold the navigation away on narrow screens without a flash; then it shows
 * the button, which opens and closes the navigation (aria-expanded), and Escape in the open navigation closes it and
 * returns the focus to the button. Without this script the button stays hidden and the navigation stays open.
 */
(function () {
    'use strict';
    if (!document.addEventListener || !document.documentElement.classList) {
        return;
    }
    document.documentElement.classList.add('has-nav-toggle');

    function wire() {
        var toggle = document.getElementById('nav-toggle');
        var nav = document.getElementById('site-nav');
        if (!toggle || !nav) {
            document.documentElement.classList.remove('has-nav-toggle');
            return;
        }

        function setOpen(open) {
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            nav.classList.toggle('site-nav--open', open);
        }

        toggle.hidden = false;
        toggle.addEventListener('click', function () {
            setOpen(toggle.getAttribute('aria-expanded') !== 'true');
        });
        nav.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
                setOpen(false);
                toggle.focus();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', wire);
    } else {
        wire();
    }
}());
