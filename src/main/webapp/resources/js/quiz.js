/*
 * Quiz page helpers. attuneQuiz.restoreFocus: after an ordering step moves (and the list is redrawn), keyboard focus
 * returns to the moved step's button, so the trainee keeps their place.
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
