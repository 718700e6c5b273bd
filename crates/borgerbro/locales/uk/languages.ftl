# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.
# Мова і читання: мова, якою ми пишемо громадянину, легке читання і великий шрифт.

reading-title = Мова і читання
reading-lead = Виберіть мову, якою ми будемо Вам писати. Сторінки також відкриватимуться нею, коли Ви входите в систему.
reading-language-label = Ваша мова
reading-language-hint = Листи від системи надходять Вашою мовою. Листи від працівника, що веде Вашу справу, пишуться данською, якщо немає версії Вашою мовою.
reading-how-label = Як Вам найкраще читати
reading-easy-read = Легке читання
reading-easy-read-hint = Ви спочатку бачите «Коротко» і прості кроки, а кнопку «Прочитати вголос» — угорі.
reading-large-print = Великий шрифт
reading-large-print-hint = Більший текст на сторінках і щонайменше 16 пунктів у паперових листах.
reading-save = Зберегти
reading-saved = Ваш вибір збережено.
reading-back = Назад до «Моєї сторінки»
reading-error-language = Виберіть одну з мов у списку.
reading-desk-heading = Мова і читання
reading-desk-saved = Вибір мови і читання збережено: { $name }.
log-what-reading = змінено Вашу мову або спосіб читання
people-language-unknown = Невідома мова. Використайте один із кодів: da, en, ar, uk або tr.
letter-not-in-your-language = Цей лист { $original ->
        [da] написано данською мовою
       *[other] написано не Вашою мовою
    }. Зателефонуйте нам за номером { $phone }, якщо Вам потрібна допомога, щоб його зрозуміти.
letter-help-in-your-language = Знайдіть місце, де Вам допоможуть Вашою мовою
letter-versions-label = Лист іншими мовами
letter-translated = Це переклад. Чинним є оригінал листа.
letter-read-original = Прочитати оригінал листа

# A month on its own, as in "marts 2026" (some languages say a month in a date differently).
month-alone-1 = січень
month-alone-2 = лютий
month-alone-3 = березень
month-alone-4 = квітень
month-alone-5 = травень
month-alone-6 = червень
month-alone-7 = липень
month-alone-8 = серпень
month-alone-9 = вересень
month-alone-10 = жовтень
month-alone-11 = листопад
month-alone-12 = грудень
post-version-language-unknown = Невідома мова. Версія може бути мовою da, en, ar, uk або tr.
post-version-same-language = Сам лист написано цією мовою. Напишіть версію іншою мовою.
a11y-languages-heading = Мови
a11y-languages-text = Сторінки доступні п’ятьма мовами. Тексти пишуться данською. Інші мови перекладено з данської. Тут видно, чи перевірив переклад носій мови.
a11y-language-source = тексти пишуться данською
a11y-language-reviewed = перевірено носієм мови
a11y-language-not-reviewed = перекладено, але ще не перевірено носієм мови
guide-help-in-your-language = Тут Вам допоможуть Вашою мовою:
paper-translated = Це переклад. Після нього йде оригінал листа, і чинним є саме оригінал.
paper-original-heading = Оригінал листа
write-version-summary = Лист іншою мовою (необов’язково)
write-version-hint = Напишіть лист ще раз мовою громадянина. Громадянин прочитає його першим і завжди може прочитати данський лист, який є чинним.
write-version-language = Мова
write-version-none = Без іншої мови
write-version-legend = Версія іншою мовою
write-version-subject = Заголовок іншою мовою
write-version-summary-label = Коротко, іншою мовою (необов’язково)
write-version-body = Лист іншою мовою
post-version-language-missing = Виберіть мову версії або видаліть те, що Ви в ній написали.
reading-desk-language-label = Мова громадянина
guide-no-help-in-your-language = Тут поки немає місця, де допомагають Вашою мовою. Зателефонуйте нам за номером { $phone }, і ми знайдемо перекладача або інший спосіб.
paper-language-heading = Цей лист не Вашою мовою
