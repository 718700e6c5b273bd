# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## Involving citizens in a project (/projekter/{id}/inddragelse)

involvement-title = Залучення громадян
involvement-lead = Тут видно, як ми запитували громадян і що вони сказали. Ми відповідаємо на все, що кажуть громадяни. Або ми робимо те, що вони пропонують, або пояснюємо, чому ні.
involvement-saved-activity = Захід збережено.
involvement-saved-input = Відгук і Вашу відповідь збережено.
involvement-activities-title = Заходи
involvement-at-risk-yes = Брали участь люди з груп ризику. Це потрібно, перш ніж ухвалити рішення щодо проєкту рівня III або IV.
involvement-at-risk-no = Ще ніхто з груп ризику не брав участі. Рішення щодо проєкту рівня III або IV не можна ухвалити, доки вони не візьмуть участь.
involvement-activities-none = Заходів ще немає.
involvement-participants = Учасники
involvement-groups = З груп ризику
involvement-groups-none = Немає
involvement-paid = Оплата за їхній час
involvement-paid-amount = { $amount } kr. на одного учасника
involvement-paid-no = Без оплати
involvement-inputs-title = Що сказали громадяни, і наша відповідь
involvement-inputs-lead = Якщо ми не робимо того, що пропонують громадяни, ми пишемо чому.
involvement-inputs-none = Відгуків ще немає.
involvement-input-said = Громадяни сказали:
involvement-input-from = Звідки: { $activity }
involvement-answer-followed = Ми це зробимо.
involvement-answer-not-followed = Ми цього не зробимо.

involvement-kind-workshop = Робоча зустріч (воркшоп)
involvement-kind-user-test = Тестування з користувачами
involvement-kind-citizen-panel = Панель громадян
involvement-kind-council = Рада
involvement-kind-interview = Інтерв’ю


involvement-new-activity = Додати захід
involvement-field-kind = Який це захід?
involvement-field-kind-choose = Виберіть
involvement-field-held-on = Дата
involvement-field-held-on-hint = Напишіть дату так: 2026-10-14
involvement-field-participants = Скільки людей взяли участь?
involvement-field-groups = Які групи ризику взяли участь?
involvement-field-paid = Учасники отримали гроші за свій час
involvement-field-paid-dkk = Сума на одного учасника в кронах
involvement-field-paid-dkk-hint = Лише якщо учасники отримали гроші
involvement-field-description = Що відбулося?
involvement-field-description-hint = Коротко напишіть, де і як.
involvement-activity-button = Зберегти захід

involvement-new-input = Додати відгук і Вашу відповідь
involvement-field-activity = Звідки це надійшло?
involvement-field-activity-none = Не з конкретного заходу
involvement-field-input = Що сказали громадяни?
involvement-field-answer = Яка Ваша відповідь?
involvement-field-reason = Як саме, або чому ні?
involvement-field-reason-hint = Обов’язково заповніть, якщо Ви цього не робите.
involvement-input-button = Зберегти відгук і відповідь

involvement-error-kind = Виберіть, який це захід
involvement-error-held-on = Напишіть дату так: 2026-10-14
involvement-error-participants = Напишіть, скільки людей взяли участь, числом від 1 до 100 000
involvement-error-groups = Вибирайте лише групи зі списку
involvement-error-paid = Напишіть суму в цілих кронах, від 1 до 100 000
involvement-error-description = Напишіть, що відбулося
involvement-error-too-long = Текст може мати щонайбільше 5 000 символів
involvement-error-activity = Виберіть захід зі списку
involvement-error-input = Напишіть, що сказали громадяни
involvement-error-answer = Виберіть, чи Ви це робите, чи ні
involvement-error-reason = Напишіть, чому Ви цього не робите
