-- A training organisation with @trainers trainers and one cohort of @trainees trainees with realistic progress, for
-- bench/trainer-dashboard.sh (MariaDB). Expects @trainees, @trainers and @hash (a password hash) to be set. Varied by
-- each trainee's number n, deterministically (RAND with a seed): 90% enrolled; about 60% of the sections read; about
-- half the core modules' quizzes tried (80% of tries passed, the rest failed, some twice); 0-5 practicum sessions of
-- 5 families; the 4th and 5th sessions observed with every competence rated; a sign-off for some of those with 5.
CREATE TABLE bench_n (n INT PRIMARY KEY);
INSERT INTO bench_n (n) SELECT a.i + 10 * b.i + 100 * c.i + 1 FROM
    (SELECT 0 i UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) a,
    (SELECT 0 i UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) b,
    (SELECT 0 i UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) c;

SET @syllabus = (SELECT id FROM syllabus_version WHERE course_code = 'ATT-IC' ORDER BY imported_at DESC, id DESC LIMIT 1);
INSERT INTO organisation (kind, name, created_at, version) VALUES ('TRAINING', 'Bench Training', NOW(6), 0);
SET @org = LAST_INSERT_ID();
INSERT INTO person (email, display_name, password_hash, active, created_at, version)
    SELECT CONCAT('bench-trainer-', n, '@bench.example'), CONCAT('Bench Trainer ', n), @hash, TRUE, NOW(6), 0
    FROM bench_n WHERE n <= @trainers;
INSERT INTO person (email, display_name, password_hash, active, created_at, version)
    SELECT CONCAT('bench-trainee-', n, '@bench.example'), CONCAT('Bench Trainee ', LPAD(n, 4, '0')), @hash, TRUE,
        NOW(6), 0
    FROM bench_n WHERE n <= @trainees;
CREATE TABLE bench_trainee (n INT PRIMARY KEY, person_id BIGINT NOT NULL);
INSERT INTO bench_trainee SELECT n, p.id FROM bench_n JOIN person p ON p.email = CONCAT('bench-trainee-', n, '@bench.example');
INSERT INTO person_role (person_id, role) SELECT id, 'TRAINER' FROM person WHERE email LIKE 'bench-trainer-%';
INSERT INTO person_role (person_id, role) SELECT person_id, 'TRAINEE' FROM bench_trainee;
INSERT INTO membership (person_id, organisation_id, joined_at) SELECT id, @org, NOW(6) FROM person WHERE email LIKE 'bench-%';
INSERT INTO cohort (organisation_id, name, created_at, version) VALUES (@org, 'Bench cohort', NOW(6), 0);
SET @cohort = LAST_INSERT_ID();
INSERT INTO cohort_member (cohort_id, person_id) SELECT @cohort, person_id FROM bench_trainee;
SET @trainer = (SELECT id FROM person WHERE email = 'bench-trainer-1@bench.example');

INSERT INTO enrolment (person_id, course_code, syllabus_version_id, enrolled_at, last_activity_at, version)
    SELECT person_id, 'ATT-IC', @syllabus, NOW(6) - INTERVAL 60 DAY, NOW(6) - INTERVAL (n % 30) DAY, 0
    FROM bench_trainee WHERE n % 10 <> 0;
CREATE TABLE bench_enrolment (n INT PRIMARY KEY, enrolment_id BIGINT NOT NULL, person_id BIGINT NOT NULL);
INSERT INTO bench_enrolment SELECT t.n, e.id, t.person_id FROM bench_trainee t JOIN enrolment e ON e.person_id = t.person_id;

INSERT INTO section_read (enrolment_id, module_section_id, read_at)
    SELECT b.enrolment_id, s.id, NOW(6) - INTERVAL (b.n % 30) DAY
    FROM bench_enrolment b JOIN course_module m ON m.syllabus_version_id = @syllabus
    JOIN module_section s ON s.course_module_id = m.id
    WHERE RAND(b.n * 10007 + s.id) < 0.6;

INSERT INTO quiz_attempt (enrolment_id, person_id, quiz_definition_id, module_key, attempt_number, started_at,
        submitted_at, timed_out, score, passed, version)
    SELECT b.enrolment_id, b.person_id, q.id, m.module_key, 1, NOW(6) - INTERVAL 20 DAY, NOW(6) - INTERVAL 20 DAY,
        FALSE, IF(RAND(b.n * 7919 + m.id) < 0.8, 90, 40), RAND(b.n * 7919 + m.id) < 0.8, 1
    FROM bench_enrolment b JOIN course_module m ON m.syllabus_version_id = @syllabus AND m.refresher = FALSE
    JOIN quiz_definition q ON q.course_module_id = m.id
    WHERE RAND(b.n * 104729 + m.id) < 0.5;
INSERT INTO quiz_attempt (enrolment_id, person_id, quiz_definition_id, module_key, attempt_number, started_at,
        submitted_at, timed_out, score, passed, version)
    SELECT a.enrolment_id, a.person_id, a.quiz_definition_id, a.module_key, 2, NOW(6) - INTERVAL 19 DAY,
        NOW(6) - INTERVAL 19 DAY, FALSE, 45, FALSE, 1
    FROM quiz_attempt a JOIN bench_enrolment b ON b.enrolment_id = a.enrolment_id
    WHERE a.passed = FALSE AND b.n % 3 = 0;

INSERT INTO practicum_session (person_id, session_date, setting, programme, session_number, families, reflection,
        parent_feedback, logged_at, version)
    SELECT t.person_id, CURDATE() - INTERVAL (40 - 7 * k.n) DAY, 'FAMILY_HUB', 1, k.n, 5,
        'Babies in quiet alert at the start; I pointed out a hand to the ear and suggested a pause.',
        'Parents said they felt more confident reading their baby.', NOW(6) - INTERVAL (40 - 7 * k.n) DAY, 0
    FROM bench_trainee t JOIN bench_n k ON k.n <= t.n % 6;
INSERT INTO practicum_family (session_id, family_code)
    SELECT s.id, CONCAT('F', f.n) FROM practicum_session s JOIN bench_trainee t ON t.person_id = s.person_id
    JOIN bench_n f ON f.n <= 5;

INSERT INTO observation (session_id, trainee_id, trainer_id, observed_on, overall_comment, saved_by, saved_at, version)
    SELECT s.id, s.person_id, @trainer, s.session_date, 'Read the babies well and modelled asking permission.',
        @trainer, NOW(6), 0
    FROM practicum_session s JOIN bench_trainee t ON t.person_id = s.person_id WHERE s.session_number >= 4;
INSERT INTO competence_rating (observation_id, competence_key, rating, evidence, method)
    SELECT o.id, c.competence_key, IF(RAND(o.id * 31 + c.id) < 0.9, 'COMPETENT', 'NOT_YET_COMPETENT'),
        'Seen in the session.', 'OBSERVED'
    FROM observation o JOIN bench_trainee t ON t.person_id = o.trainee_id
    JOIN competence_definition c ON c.syllabus_version_id = @syllabus;

INSERT INTO sign_off (trainee_id, organisation_id, signed_by, signed_at, state, sampled, active_trainee_id, version)
    SELECT t.person_id, @org, @trainer, NOW(6) - INTERVAL 2 DAY, 'SIGNED_OFF', FALSE, t.person_id, 0
    FROM bench_trainee t WHERE t.n % 6 = 5 AND t.n % 4 = 1;
INSERT INTO sign_off (trainee_id, organisation_id, signed_by, signed_at, state, sampled, version)
    SELECT t.person_id, @org, @trainer, NOW(6) - INTERVAL 3 DAY, 'RETURNED', TRUE, 0
    FROM bench_trainee t WHERE t.n % 6 = 5 AND t.n % 4 = 3;

DROP TABLE bench_enrolment;
DROP TABLE bench_trainee;
DROP TABLE bench_n;
