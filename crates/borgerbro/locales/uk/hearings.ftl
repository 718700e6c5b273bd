# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## Public hearings (/hoeringer) and the project owner's pages

hearings-title = Громадські обговорення
hearings-lead = Перш ніж щось робити цифровим, ми питаємо Вас. Тут відповісти може кожен. Входити в систему не потрібно.
hearings-none = Зараз немає громадських обговорень.
hearings-open-until = Останній день, коли можна відповісти: { $date }.
hearings-closed-on = Обговорення завершилося. Останній день: { $date }.
hearings-hearing-title = Громадське обговорення
hearings-received = Дякуємо. Ми отримали Вашу відповідь. Ми прочитаємо її, перш ніж вона з’явиться на сторінці.
hearings-what-title = Про що це обговорення
hearings-closed-text = Обговорення завершилося. Останній день для відповідей: { $date }. Надіслати відповідь більше не можна.
hearings-not-sent = Вашу відповідь не надіслано. Ось вона, щоб Ви могли її зберегти:
hearings-form-title = Надішліть свою відповідь
hearings-form-lead = Напишіть, що Ви думаєте. Ви можете не погоджуватися. Ім’я, організацію та e-mail вказувати не обов’язково.
hearings-field-text = Ваша відповідь
hearings-field-text-hint = Щонайбільше 20 000 символів.
hearings-field-own-name = Показати моє ім’я ({ $name }) біля відповіді
hearings-field-name = Ім’я
hearings-field-optional = Не обов’язково. Ми покажемо це біля Вашої відповіді.
hearings-field-organisation = Об’єднання або організація
hearings-field-organisation-hint = Лише якщо Ви відповідаєте від імені об’єднання.
hearings-field-email = E-mail
hearings-field-email-hint = Не обов’язково. Ми ніколи його не показуємо. Ми використаємо його, лише якщо матимемо запитання.
hearings-send = Надіслати відповідь
hearings-answers-title = Відповіді
hearings-answers-lead = Ми читаємо кожну відповідь, перш ніж вона з’явиться на сторінці. Ми прибираємо лише відомості про інших людей і образливі слова. Ми відповідаємо на кожну відповідь.
hearings-answers-none = На сторінці ще немає відповідей.
hearings-anonymous = Без імені
hearings-edited = Ми внесли зміни у відповідь:
hearings-reply-followed = Ми це зробимо.
hearings-reply-not-followed = Ми цього не зробимо.
hearings-reply-waiting = Ми ще не відповіли.

hearings-open-title = Громадське обговорення проєкту
hearings-open-lead = Відкрийте обговорення, щоб кожен міг відповісти. Коротко і просто напишіть, що проєкт означає для громадян.
hearings-of-project = Обговорення проєкту
hearings-moderation-link = Читати відповіді та відповідати на них
hearings-new = Відкрити нове обговорення
hearings-field-summary = Проєкт простими словами
hearings-field-summary-hint = Що змінюється, для кого і що можна зробити без комп’ютера?
hearings-field-deadline = Останній день для відповідей
hearings-field-deadline-hint = Напишіть дату так: 2026-12-31
hearings-open-button = Відкрити обговорення

hearings-moderation-title = Відповіді в обговоренні
hearings-moderation-lead = Прочитайте кожну відповідь, перш ніж вона з’явиться на сторінці. Потім дайте на неї відповідь: Ви це зробите чи чому ні?
hearings-moderation-never = Відповідь ніколи не можна затримувати через те, що вона з Вами не погоджується. Прибирайте лише відомості про людей і образливі слова та напишіть, що Ви прибрали.
hearings-moderation-none = У проєкту немає обговорень.
hearings-moderation-hearing = Обговорення, останній день: { $date }
hearings-answer-received = Відповідь отримано: { $date }
hearings-moderation-text = Відповідь у тому вигляді, в якому вона з’явиться на сторінці
hearings-moderation-text-hint = Змінюйте лише відомості про людей і образливі слова.
hearings-moderation-note = Що Ви прибрали?
hearings-moderation-note-hint = Обов’язково заповніть, якщо Ви змінили відповідь.
hearings-approve = Показати відповідь на сторінці
hearings-field-response = Ваша відповідь
hearings-field-response-text = Як саме, або чому ні?
hearings-respond = Зберегти Вашу відповідь

hearings-error-summary = Напишіть, про що проєкт
hearings-error-summary-long = Текст може мати щонайбільше 5 000 символів
hearings-error-deadline = Напишіть дату після сьогоднішньої, ось так: 2026-12-31
hearings-error-text-empty = Напишіть свою відповідь
hearings-error-text-long = Ваша відповідь може мати щонайбільше 20 000 символів
hearings-error-line-long = Щонайбільше 200 символів
hearings-error-email = Напишіть e-mail, наприклад navn@eksempel.dk, або залиште поле порожнім
hearings-error-note = Напишіть, що Ви прибрали
hearings-error-note-long = Текст може мати щонайбільше 5 000 символів
hearings-error-response = Виберіть, чи Ви це робите, чи ні
hearings-error-reason = Напишіть, чому Ви цього не робите
hearings-error-already-approved = Відповідь уже показано на сторінці. Поверніться назад і завантажте сторінку ще раз.
hearings-error-not-approved = Відповідь має з’явитися на сторінці, перш ніж Ви зможете на неї відповісти.
hearings-api-bad-json = Надішліть JSON, наприклад {"{"}"text": "...", "name": "...", "organisation": "...", "email": "..."{"}"}. Обов’язкове лише поле text.
hearings-api-closed = Строк обговорення минув. Надсилати відповіді більше не можна.
hearings-report-title = Звіт про громадське обговорення
hearings-report-closed = Обговорення завершилося. Останній день: { $date }.
hearings-report-open = Обговорення відкрите. Останній день: { $date }. У звіті показано відповіді, отримані дотепер.
hearings-report-count =
    { $count ->
        [0] Немає відповідей
        [one] { $count } відповідь
        [few] { $count } відповіді
        [many] { $count } відповідей
       *[other] { $count } відповіді
    }
hearings-report-links = Звіт про обговорення з усіма відповідями та нашими відповідями на них:
hearings-report-pdf = PDF
hearings-report-json = JSON
hearings-business-case-link = Прочитайте бізнес-кейс проєкту: скільки він коштує і що дає
