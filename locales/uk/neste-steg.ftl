# Neste steg — Ukrainian. Translated by the team; not yet reviewed by a qualified translator.
service-name = Neste steg
skip-to-content = Перейти до основного змісту
menu = Меню
nav-label = Головне меню
language-picker = Мова – Language
home-title = Головна
home-heading = Що ти хочеш зробити?
home-lead = Служба супроводу (Oppfølgingstjenesten, OT) допомагає тобі, якщо тобі від 15 до 24 років і ти не навчаєшся й не працюєш. Тут ти можеш відповісти OT, прочитати про свої права і записатися на розмову.
home-no-thanks = Вирішувати тобі. Відповісти «ні, дякую» — це цілком нормально.
task-answer = Відповісти OT
task-answer-text = Тобі прийшло повідомлення або лист від OT? Відповідай тут. Це займе одну хвилину.
task-rights = Твої права
task-rights-text = На що ти маєш право і що OT має для тебе зробити.
task-guardians = Для батьків і опікунів
task-guardians-text = Для тебе, якщо ти батько, мати або опікун молодої людини до 18 років.
task-booking = Записатися на розмову
task-booking-text = Вибери зручний для тебе час: в офісі, телефоном, по відео або на прогулянці.
task-council = Рада OT
task-council-text = Молоді люди, які дають поради OT. Читай їхні заяви або скажи свою думку.
task-staff = Вхід для працівників
contact-heading = Контакти й офіси
contact-lead = Ти можеш звернутися до OT напряму. Направлення не потрібне.
contact-phone = Телефон:
contact-email = Електронна пошта:
contact-opening-hours = Години роботи
weekday = { $day ->
    [1] понеділок
    [2] вівторок
    [3] середа
    [4] четвер
    [5] п’ятниця
    [6] субота
   *[7] неділя
}
privacy-heading = Захист персональних даних
accessibility-heading = Заява про доступність
not-found-title = Сторінку не знайдено
not-found-heading = Ми не знайшли цю сторінку
not-found-text = Можливо, посилання неправильне або сторінку перенесли.
not-found-home = Перейти на головну сторінку
error-not-found = Ми не знайшли те, що ти шукаєш.
error-invalid-input = У формі треба дещо виправити.
error-conflict = Хтось інший змінив це в той самий час. Спробуй ще раз.
error-bad-request = Ми не змогли прочитати надіслане. Онови сторінку і спробуй ще раз.
error-internal = У нас щось пішло не так. Спробуй ще раз трохи пізніше. Твої вже надіслані відповіді збережено.
error-network = Не вдалося з’єднатися із сервером. Перевір інтернет і спробуй ще раз.
error-forbidden-origin = Форма надійшла не з Neste steg, тому ми нічого не змінили. Повернися на сторінку і спробуй ще раз.
error-summary-title = Треба дещо виправити
error-sign-in = Щоб побачити цю сторінку, треба увійти.
error-wrong-credentials = Неправильна адреса електронної пошти або пароль.
error-account-disabled = Твій обліковий запис закрито. Звернися до адміністратора в OT.
error-throttled = Забагато спроб за короткий час. Зачекай 15 хвилин і спробуй ще раз.

## Answer from a link or a code (youth)
answer-title = Відповідь для OT
answer-greeting = Привіт, { $name }!
answer-intro = { $service } хоче знати, чим ти зараз займаєшся. Тоді ми зможемо тобі допомогти, якщо буде потрібно. Це займе одну хвилину.
answer-continue = Продовжити
answer-your-answer = Твоя відповідь: { $activity }
answer-change = Змінити відповідь
answer-activity-question = Чим ти зараз займаєшся?
answer-activity-hint = Вибери те, що підходить найбільше.
answer-activity-missing = Вибери те, що тобі підходить найбільше.
activity-school = Я навчаюся в старшій школі (videregående skole)
activity-private_school = Я навчаюся в приватній школі
activity-apprenticeship = Я учень на підприємстві (lærling або lærekandidat)
activity-work = Я працюю
activity-military_service = Я в армії (строкова служба)
activity-home_with_child = Я вдома з дитиною
activity-ill_or_institution = Я хворію або живу в спеціальному закладі
activity-course = Я навчаюся в народній вищій школі (folkehøgskole) або на інших курсах
activity-moved_county = Тепер я живу в іншій області (fylke)
activity-moved_abroad = Тепер я живу в іншій країні
activity-wants_help = Я хочу отримати допомогу або поговорити
activity-no_thanks = Ні, дякую, мені не потрібна допомога
answer-next = Далі
answer-details-question = Хочеш розповісти більше?
answer-details-hint = Це можна пропустити. Наприклад, напиши назву школи або місця роботи.
answer-details-hint-help = Це можна пропустити. Можеш написати, з чим тобі потрібна допомога.
answer-details-too-long = Текст може мати не більше 1000 символів.
answer-contact-question = Як OT краще зв’язатися з тобою?
answer-channels-legend = Вибери один або кілька способів
answer-channels-missing = Вибери хоча б один спосіб, як ми можемо з тобою зв’язатися.
answer-contact-mobile-hint = У нас немає твого номера мобільного. Якщо хочеш SMS або дзвінок, напиши його тут.
answer-contact-email-hint = У нас немає твоєї електронної адреси. Якщо хочеш листи, напиши її тут.
answer-contact-letter-hint = У нас немає ні твого номера мобільного, ні електронної пошти. Напиши, як ми можемо з тобою зв’язатися.
answer-mobile-needed = Напиши свій номер мобільного, щоб ми могли надіслати SMS або зателефонувати.
answer-email-needed = Напиши свою електронну адресу, щоб ми могли надіслати тобі лист.
channel-sms = SMS
channel-call = Телефонний дзвінок
channel-email = Електронна пошта
answer-time-legend = Коли тобі найзручніше?
answer-time-missing = Вибери, коли тобі найзручніше.
contact-time-any = Будь-коли протягом дня
contact-time-morning = До 12:00
contact-time-afternoon = З 12:00 до 16:00
contact-time-evening = Після 16:00
answer-send = Надіслати відповідь
answer-receipt-title = Дякуємо! Ми отримали твою відповідь
answer-receipt-reference = Номер твоєї відповіді:
answer-receipt-next-heading = Що буде далі
answer-receipt-next = Консультант OT прочитає твою відповідь. Якщо тобі потрібна допомога, ми зв’яжемося з тобою так, як зазначено у твоїй відповіді. Ти також можеш зателефонувати нам за номером { $phone }.
answer-book = Записатися на розмову з консультантом
answer-handled-title = Ми отримали твою відповідь
answer-handled-text = Консультант уже прочитав твою відповідь. Якщо хочеш щось змінити, зателефонуй в OT за номером { $phone }.
answer-unusable-title = Посилання не працює
answer-unusable-text = Можливо, посилання застаріле або в ньому помилка. Зателефонуй в OT за номером { $phone } або скористайся кодом із листа.
answer-throttled-text = З цього пристрою було забагато спроб. Зачекай 15 хвилин і спробуй ще раз або зателефонуй в OT за номером { $phone }.
answer-code-link = У мене є код із листа
answer-code-title = Відповісти за допомогою коду з листа
answer-code-intro = Код є в листі від OT. Він складається з восьми символів.
answer-code-label = Код із листа
answer-code-wrong = Ми не знаходимо такий код. Перевір, чи код написаний правильно, або зателефонуй в OT.
answer-code-ended = Код правильний, але більше не діє: запит закінчився або його відкликали. Зателефонуй в OT за номером { $phone }, і ми допоможемо.
answer-code-missing = Введи код із листа.

## SMS and e-mail messages
message-contact-subject = Повідомлення від { $service }
message-contact-body = Привіт, { $name }! { $service } хоче знати, чим ти зараз займаєшся. Відповідай тут, це займе хвилину: { $link } Твій код: { $code }. Вітання від OT
message-reminder-body = Привіт ще раз, { $name }! Ми ще не отримали від тебе відповіді. Відповідай тут: { $link } Вітання від { $service }
message-guardian-subject = Інформація від { $service }
message-guardian-body = Добрий день! Твоя дитина отримала повідомлення від { $service }. Тут можна прочитати про права молоді і про те, з чим допомагає OT: { $link } Вітання від OT

## Information pages: rights, parents and guardians, offers, follow-up, privacy
info-law = Правова основа
info-related = Читай також
info-printed = Роздруковано { $date } з { $url }
rights-title = Твої права
rights-lead = Тобі від 15 до 24 років? Ти не навчаєшся і не маєш роботи? Тоді OT має тобі допомогти.
rights-who-heading = Для кого OT?
rights-who-1 = OT — це Oppfølgingstjenesten, тобто Служба супроводу. Така служба є в кожній області (fylke).
rights-who-2 = OT — для тебе, якщо ти маєш право на навчання в старшій школі (videregående opplæring). Ти не навчаєшся і не маєш роботи.
rights-who-3 = OT допомагає тобі до кінця того року, коли тобі виповниться 24 роки.
rights-who-4 = Ти можеш звернутися до OT напряму. Тобі не потрібні ні анкета, ні направлення.
rights-school-heading = Ти маєш право на навчання в старшій школі
rights-school-1 = Ти маєш право навчатися в старшій школі. Ти можеш вивчати предмети в школі, як учень на підприємстві (lærling) або іншими способами.
rights-school-2 = OT допоможе тобі зрозуміти, що тобі підходить.
rights-duty-heading = Що OT має зробити для тебе
rights-duty-1 = OT має знати, хто не навчається і не має роботи.
rights-duty-2 = OT має дати тобі письмову інформацію про твої права. Ця сторінка — частина цієї інформації.
rights-duty-3 = OT має зв’язатися з тобою і запропонувати тобі консультації.
rights-duty-4 = OT має зробити тобі пропозицію. Це може бути школа, робота, курс або щось інше.
rights-duty-5 = OT має підтримувати тебе і говорити з тобою стільки, скільки тобі потрібно.
rights-no-heading = Вирішуєш ти
rights-no-1 = Ти можеш сказати «ні, дякую». Це цілком нормально.
rights-no-2 = Пізніше ти можеш передумати. Тоді просто звернися до OT знову.
rights-law = Forskrift til opplæringslova §§ 13-1–13-4 (Положення до Закону про освіту). Opplæringslova (2023) § 9-4 (Закон про освіту 2023 року).
guardians-title = Для батьків і опікунів
guardians-lead = Ти батько, мати або опікун молодої людини до 18 років? Тут можна прочитати, на що має право молода людина і що робить OT.
guardians-why-heading = Чому ти отримуєш цю інформацію?
guardians-why-1 = OT має дати письмову інформацію всім молодим людям із цільової групи. Батьки й опікуни молоді до 18 років мають отримати ту саму інформацію.
guardians-why-2 = Молода людина отримала окреме повідомлення від OT. Відповіді молодої людини ми тобі не надсилаємо.
guardians-rights-heading = На що має право молода людина?
guardians-rights-1 = Молода людина має право на навчання в старшій школі (videregående opplæring). OT працює з молоддю, яка не навчається і не має роботи, до кінця року, коли їй виповниться 24 роки.
guardians-rights-2 = OT має зв’язатися з молодою людиною, дати їй консультації і запропонувати школу, роботу чи інше навчання. OT підтримує стільки, скільки потрібно.
guardians-help-heading = Як ти можеш допомогти?
guardians-help-1 = Поговори з молодою людиною про те, чого вона хоче. Можна сказати OT «ні, дякую».
guardians-help-2 = Ти теж можеш зателефонувати в OT за номером { $phone }, якщо хвилюєшся. Направлення не потрібне.
guardians-18-heading = Коли молодій людині виповнюється 18 років
guardians-18-1 = Тоді молода людина стає повнолітньою. OT зобов’язана зберігати таємницю і не може нічого тобі розповісти без згоди молодої людини.
guardians-18-2 = Молода людина може дозволити OT говорити з тобою. Запитай її про це.
guardians-law = Forskrift til opplæringslova § 13-3, пункт b (Положення до Закону про освіту). Forvaltningsloven § 13 (Закон про адміністративну процедуру) — про обов’язок зберігати таємницю.
offers-title = Що може запропонувати OT
offers-lead = OT разом із тобою шукає, що тобі підходить. Ось кілька прикладів.
offers-1 = Розмови і допомога у виборі школи, предметів або роботи.
offers-2 = Практика на звичайному робочому місці з постійною підтримкою. Це може допомогти отримати місце учня на підприємстві (læreplass).
offers-3 = Курси й заняття, наприклад походи на природі, мистецтво і спорт.
offers-4 = Уроки з предметів, щоб підготуватися до іспитів екстерном (privatist).
offers-5 = Допомога в співпраці з NAV та іншими службами, щоб тобі не довелося ходити по багатьох установах без підтримки.
offers-law = Forskrift til opplæringslova §§ 13-1 і 13-4 (Положення до Закону про освіту).
followup-title = Як відбувається супровід
followup-lead = Тут можна прочитати, що відбувається, коли ти на зв’язку з OT.
followup-talk-heading = Перша розмова
followup-talk-1 = Ти зустрічаєшся з консультантом. Ви говорите про те, як у тебе справи і чого ти хочеш.
followup-talk-2 = Ти можеш узяти з собою людину, якій довіряєш.
followup-plan-heading = Твій план
followup-plan-1 = Разом ви складаєте план. У ньому написано, що робитимеш ти і що робитиме OT.
followup-plan-2 = План можна змінити, коли захочеш.
followup-no-heading = Ти можеш сказати «ні»
followup-no-1 = Отримувати допомогу від OT — добровільно. Ти можеш сказати «ні» і повернутися пізніше.
followup-law = Forskrift til opplæringslova § 13-3, пункти c–e (Положення до Закону про освіту).
privacy-lead = Тут написано, що OT знає про тебе, чому і як ти можеш це побачити.
privacy-knows-heading = Що OT знає про тебе
privacy-knows-1 = Твоє ім’я, адреса, а також номер телефону або електронна пошта, якщо ми їх від тебе отримали.
privacy-knows-2 = Твоя попередня школа, твої заяви на навчання, а також яке навчання ти почав(-ла) і яке кинув(-ла).
privacy-knows-3 = Твої оцінки і права, які в тебе ще залишилися.
privacy-knows-4 = Твої відповіді тут, на сайті, і нотатки з розмов із тобою.
privacy-why-heading = Чому і на якій підставі
privacy-why-1 = Область (fylke) має вести облік молоді з цільової групи і зробити кожному пропозицію. Це записано у forskrift til opplæringslova § 13-3 (Положення до Закону про освіту).
privacy-why-2 = Ми використовуємо ці дані лише для того, щоб допомогти тобі. Ми не передаємо їх іншим, якщо цього не дозволяє закон або ти не даєш згоди.
privacy-keep-heading = Як довго ми зберігаємо дані
privacy-keep-1 = Ми зберігаємо твої дані й відповіді, поки ти в цільовій групі: до кінця року, у якому тобі виповнюється { $age }. Посилання в повідомленнях працюють { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }.
privacy-keep-2 = Запити на розмову і заплановані розмови ми видаляємо через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } після розмови. Посилання на розмову працює ще { $link_days ->
        [one] { $link_days } день
        [few] { $link_days } дні
        [many] { $link_days } днів
       *[other] { $link_days } дня
    } після її завершення.
privacy-keep-3 = Повідомлення, які ми тобі надіслали, разом із номером або адресою електронної пошти ми видаляємо через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } після їх створення.
privacy-keep-4 = Коди, спроби входу та інші сліди використання форм ми видаляємо через добу.
privacy-council-heading = Рада OT
privacy-council-1 = Якщо ти подаєш заявку до ради OT, ми зберігаємо твоє ім’я, рік народження, номер мобільного або електронну пошту і те, що ти пишеш. На сторінці ради члени вказані лише з іменем і роллю. Відгуки публікуються лише без імені і лише тоді, коли OT так вирішить.
privacy-council-2 = Координатор ради в OT завжди бачить, хто що написав. Інші члени цього не бачать, якщо ти приховуєш своє ім’я. Розглянуті заявки ми видаляємо через стільки ж часу, як і запити на розмову.
privacy-see-heading = Переглянути або виправити дані
privacy-see-1 = Ти маєш право побачити, що ми про тебе зберігаємо, і попросити виправити помилки. Звернися до OT.
privacy-see-2 = Кожен перегляд твоїх даних працівниками записується в журнал.
privacy-law = Personvernforordningen, стаття 6(1)(e), статті 15 і 16 (Загальний регламент про захист даних, GDPR). Forskrift til opplæringslova § 13-3 (Положення до Закону про освіту).


## Accessibility statement and translations
accessibility-lead = Кожен повинен мати змогу користуватися Neste steg. Це стосується і тебе, якщо ти користуєшся програмою для читання з екрана, лише клавіатурою або збільшуєш екран.
accessibility-standard-heading = Вимоги, яких ми дотримуємося
accessibility-standard-1 = Державні вебсайти в Норвегії мають відповідати стандарту WCAG 2.1 на рівні AA. Це стандарт для сайтів, якими можуть користуватися всі.
accessibility-test-heading = Як ми це перевіряємо
accessibility-test-1 = Щоразу, коли ми змінюємо Neste steg, ми перевіряємо сторінки в браузері на маленькому телефоні. Ми перевіряємо їх із JavaScript і без нього, а також за допомогою програми axe.
accessibility-test-2 = Усім можна користуватися за допомогою клавіатури. Помилки у формі видно біля поля і в списку вгорі сторінки.
accessibility-known-heading = Що ми ще не доробили
accessibility-known-1 = Деякі мовні версії ще не перевірив професійний перекладач. На таких сторінках про це написано вгорі, і там є посилання на текст норвезькою (bokmål).
accessibility-known-2 = Ми ще не перевіряли сторінки разом із людьми, які користуються програмами для читання з екрана.
accessibility-feedback-heading = Повідом нам, якщо щось не працює
accessibility-feedback-1 = Зателефонуй або напиши в OT. Телефон і електронна пошта є внизу сторінки.
accessibility-feedback-2 = Якщо відповідь тебе не влаштовує, ти можеш поскаржитися в Tilsynet for universell utforming av ikt (норвезький орган нагляду за доступністю цифрових послуг). Їхній сайт — uutilsynet.no.
accessibility-law = Likestillings- og diskrimineringsloven § 18 (Закон про рівність і заборону дискримінації). Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger § 4 (Положення про універсальний дизайн інформаційно-комунікаційних рішень).
translation-notice = Ця сторінка перекладена. Переклад ще не перевірили.
translation-original = Читати текст норвезькою (bokmål)

## Booking a conversation (youth)
booking-lead = Вибери офіс і спосіб зустрічі. Тоді ти побачиш вільний час для запису.
booking-office-legend = До якого офісу ти хочеш прийти?
booking-form-legend = Як ти хочеш зустрітися з нами?
form-office = В офісі
form-phone = Телефоном
form-video = Відеозв’язком
form-walk = На прогулянці — ми гуляємо й розмовляємо
booking-show-times = Показати вільний час
booking-change-office = Вибери інший офіс
booking-times-legend = Вибери час
booking-times-hint = Час указано за норвезьким часом. Розмова триває { $minutes } хв.
booking-more-days = Показати більше днів
booking-closed-days = Ми не пропонуємо час у святкові дні та в дні, коли офіс зачинено.
booking-no-times = У найближчі тижні немає вільного часу. Натомість попроси нас тобі зателефонувати.
booking-slot-missing = Вибери час.
booking-date = { $weekday }, { $day } { $month }
date-with-year = { $date } { $year }
booking-time = о { $time }
month = { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
}
booking-about-you = Про тебе
booking-first-name = Ім’я
booking-first-name-missing = Напиши своє ім’я, лише літерами.
booking-contact-hint = Напиши номер мобільного або електронну пошту, щоб ми могли тобі відповісти.
booking-mobile = Номер мобільного
booking-email = Електронна пошта
booking-mobile-invalid = Напиши норвезький номер мобільного з 8 цифр або номер, який починається з +.
booking-mobile-country = Ми можемо надіслати код SMS лише на норвезькі номери мобільних. Напиши норвезький номер або залиш це поле порожнім і напиши свою адресу e-mail.
booking-email-invalid = Напиши адресу електронної пошти, наприклад navn@eksempel.no.
booking-contact-missing = Напиши номер мобільного або електронну пошту.
booking-send = Надіслати запит
sending = Надсилаємо …
characters-count = { $count } з { $max } символів
booking-taken = Хтось щойно зайняв цей час. Вибери інший час.
booking-none-fit-heading = Жоден час не підходить?
booking-none-fit-text = Тоді ми тобі зателефонуємо і разом знайдемо час.
booking-call-me = Зателефонуйте мені
booking-call-me-sent = Дякуємо! Ми зателефонуємо тобі якнайшвидше, зазвичай протягом двох робочих днів.
booking-state-requested = Чекаємо на відповідь консультанта
booking-state-requested-text = Консультант відповість тобі не пізніше ніж { $deadline }, і ти отримаєш повідомлення. До того часу цей час зарезервовано для тебе.
booking-state-confirmed = Розмову підтверджено
booking-state-declined = Консультант не може в цей час
booking-state-expired = Термін дії запиту минув
booking-state-expired-text = Консультант не встиг відповісти вчасно. Вибери новий час або зателефонуй нам.
booking-state-withdrawn = Запит відкликано
booking-state-cancelled = Розмову скасовано
booking-state-completed = Розмова відбулася
booking-state-no_show = Тебе не було на розмові
booking-when = Коли
booking-how = Як
booking-where = Де
booking-how-phone = Консультант тобі зателефонує.
booking-how-video = Перед розмовою ти отримаєш посилання на відеодзвінок.
booking-how-walk = Ми зустрічаємося біля офісу й гуляємо, поки розмовляємо.
booking-reason = Повідомлення від OT
booking-withdraw = Скасувати мій запит
booking-withdraw-confirm = Скасувати твій запит? Консультант отримає повідомлення, а час звільниться для інших.
booking-withdraw-yes = Так, скасувати
booking-withdraw-keep = Ні, залишити мій запит
booking-cancel = Скасувати розмову
booking-cancel-confirm = Скасувати розмову { $when }? Консультант отримає повідомлення, а час звільниться для інших.
booking-cancel-yes = Так, скасувати розмову
booking-cancel-keep = Ні, залишити розмову
booking-cancel-reason = Хочеш сказати чому? Це не обов’язково.
booking-move = Перенести на інший час
booking-move-title = Вибери новий час
booking-move-text = Старий час діє, поки консультант не підтвердить новий.
booking-moving = Запит на перенесення розмови надіслано. Старий час діє, поки консультант не відповість.
booking-calendar = Завантажити в календар (.ics)
booking-book-again = Записатися на новий час
booking-unusable-text = Посилання не працює. Зателефонуй в OT за номером { $phone }, і ми тобі допоможемо.
message-booking-subject = Розмова з { $service }
message-booking-confirmed = Привіт, { $name }! Розмову з OT підтверджено: { $when }, { $how }. Переглянь, перенеси або скасуй тут: { $link }
message-reason-from-ot = Повідомлення від OT: { $reason }
message-booking-declined = Привіт, { $name }! OT не може провести розмову в цей час: { $when }. { $reason } Вибери новий час тут: { $link }
message-booking-expired = Привіт, { $name }! Ми не встигли підтвердити час: { $when }. Вибери новий час або зателефонуй нам: { $link }
message-booking-cancelled = Привіт, { $name }! OT скасувала розмову: { $when }. { $reason } Запишися на новий час тут: { $link }
message-booking-cancelled-by-you = Привіт, { $name }! Розмову скасовано на твоє прохання: { $when }. Якщо хочеш новий час, можеш записатися тут: { $link }
message-booking-requested = Привіт, { $name }! Ми отримали твій запит на розмову: { $when }. OT скоро тобі відповість. Тут ти можеш переглянути або відкликати його: { $link }
message-booking-reminder = Привіт, { $name }! Не забудь про завтрашню розмову з OT: { $when }, { $how }. Переглянь, перенеси або скасуй тут: { $link }
booking-code-title = Введи код
booking-code-sent-sms = Ми надіслали шестизначний код в SMS на { $to }. Код діє 15 хвилин. Час буде зарезервовано для тебе лише тоді, коли ти введеш код.
booking-code-sent-email = Ми надіслали шестизначний код електронною поштою на { $to }. Код діє 15 хвилин. Час буде зарезервовано для тебе лише тоді, коли ти введеш код.
booking-code-label = Код
booking-code-hint = Шість цифр, наприклад 123456.
booking-code-missing = Введи шестизначний код із повідомлення.
booking-code-wrong = Це не той код, який ми надіслали. Перевір повідомлення і спробуй ще раз.
booking-code-gone = Код більше не діє. Попроси новий код або вибери інший час.
booking-code-resend = Надіслати мені новий код
booking-code-resent = Ми надіслали тобі новий код. Старий код більше не діє.
booking-code-last-try = У тебе залишилася одна спроба. Якщо ти не впевнений(-а) в коді, попроси новий нижче.
booking-code-submit = Підтвердити й надіслати запит
booking-code-again = Вибрати час ще раз
error-too-many-active = У тебе вже є два запити або записи в нас. Зателефонуй в OT, якщо тобі потрібен ще один.
message-booking-code-subject = Твій код від { $service }
message-booking-code-body = { $code } — твій код для запису на розмову з { $service }. Він діє 15 хвилин. Якщо запиту на код від тебе не було, просто не зважай на це повідомлення.
calendar-summary = Розмова з { $service }

## OT-råd
council-title = Рада OT
council-lead = Рада OT — це молоді люди, які якийсь час не навчалися й не працювали. Вони дають OT поради про те, що стосується молоді, а OT відповідає на кожен відгук.
council-join-link = Подати заявку до ради
council-login-link = Ти член ради? Увійди
council-mandate-heading = Що робить рада
council-mandate-1 = Раду створив обласний парламент (fylkestinget) у грудні 2020 року. Вона працює як учнівська рада: дає поради OT і разом з OT працює над питаннями, які стосуються молоді.
council-mandate-2 = Рада має місце в молодіжній раді області (fylke), бере участь у дебатах і виносить питання на головний комітет з освіти (hovedutvalget for utdanning).
council-mandate-3 = Коли OT ставить раді питання, члени ради надсилають свої відгуки. Кожен відгук отримує статус і відповідь від OT. Відповіді є на цій сторінці.
council-plan-heading = План на рік
council-plan-empty = У плані на рік ще нічого немає.
council-plan-meeting = Зустріч
council-plan-hearing_deadline = Термін для відгуків
council-plan-report_to_committee = Звіт для головного комітету з освіти
council-plan-other = Інше
council-members-heading = Члени ради
council-members-empty = Зараз у раді немає членів.
council-role-leader = голова
council-role-deputy = заступник голови
council-role-member = член ради
council-answers-heading = Відгуки й відповіді OT
council-answers-empty = Ще не опубліковано жодного відгуку.
council-answer-from-ot = Відповідь OT:
council-status-received = Отримано
council-status-considering = OT розглядає відгук
council-status-answered = Є відповідь
council-status-acted_on = Враховано
council-status-not_acted_on = Не враховано
council-statements-heading = Заяви
council-statements-empty = Ще не опубліковано жодної заяви.
council-minutes-heading = Протоколи
council-minutes-empty = Ще не опубліковано жодного протоколу.
council-join-heading = Приєднуйся до ради OT
council-join-text = Тобі від 15 до 24 років і в тебе був час без школи чи роботи? Тоді ти знаєш, що допомагає, і OT хоче це почути. Рада збирається кілька разів на рік. Ти можеш сказати свою думку, коли тобі зручно.
council-join-keep-seat = Якщо ти знову почнеш навчатися або працювати, то перший рік можеш залишатися в раді.
council-back = Назад до ради OT
council-apply-title = Подати заявку до ради OT
council-apply-intro = Заповни форму, і координатор ради в OT зв’яжеться з тобою.
council-apply-age = Вік
council-apply-age-invalid = Напиши свій вік цифрами, наприклад 17.
council-apply-channel-legend = Як нам з тобою зв’язатися?
council-apply-channel-invalid = Вибери SMS або електронну пошту. Потім напиши номер мобільного або електронну адресу.
council-apply-reason = Чому ти хочеш бути в раді? (не обов’язково)
council-apply-reason-too-long = Текст може мати не більше 1000 символів.
council-apply-send = Надіслати заявку
council-apply-sent-title = Дякуємо! Ми отримали твою заявку
council-apply-sent-text = Координатор ради в OT уже знає про неї.
council-apply-next-heading = Що буде далі
council-apply-next = Координатор ради прочитає твою заявку і зв’яжеться з тобою так, як зазначено в заявці, зазвичай протягом двох тижнів. Якщо ти станеш членом ради, то отримаєш повідомлення про те, як увійти.
council-login-title = Вхід до ради OT
council-login-intro = Напиши номер мобільного або електронну адресу, які є в ради OT. Якщо ти член ради, ми надішлемо тобі код і посилання.
council-login-contact = Номер мобільного або електронна пошта
council-login-contact-invalid = Напиши номер мобільного або електронну адресу.
council-login-send = Надіслати мені код
council-code-title = Введи код
council-code-sent = Якщо ти член ради OT, ми надіслали тобі шестизначний код. Код діє 15 хвилин. Також можна скористатися посиланням із повідомлення.
council-code-label = Код
council-code-missing = Введи шестизначний код.
council-code-gone = Код більше не діє. Попроси новий код.
council-code-new = Попросити новий код
council-code-send = Увійти
council-link-title = Вхід до ради OT
council-link-text = Натисни кнопку, щоб увійти.
council-link-button = Увійти
council-link-gone = Посилання більше не діє. Воно працює лише один раз і лише 15 хвилин.
council-member-title = Рада OT для членів
council-member-greeting = Привіт, { $name }!
council-member-back = Назад до огляду
council-logout = Вийти
council-hearings-heading = Обговорення
council-hearings-empty = Зараз немає обговорень.
council-hearing-deadline = Термін: { $deadline }
council-hearing-open = Можна надсилати відгуки
council-hearing-closed = Термін минув
council-hearing-closed-text = Термін минув. Ти можеш прочитати відгуки й відповіді OT.
council-hearing-question = Питання
council-hearing-background = Передісторія
council-meetings-heading = Зустрічі
council-meetings-empty = Зустрічей не заплановано.
council-meeting-calendar = Додати в календар (.ics)
council-meeting-minutes = Протокол
council-input-heading = Твій відгук
council-input-label = Твій відгук
council-input-missing = Напиши свій відгук (не більше 2000 символів).
council-input-hide-name = Не показувати моє ім’я іншим членам ради (OT бачить його завжди)
council-input-send = Надіслати відгук
council-input-yours = Твій відгук
council-input-change = Змінити відгук
council-input-save = Зберегти зміни
council-input-withdraw = Відкликати відгук
council-input-pending = OT спершу перегляне це, а потім інші члени ради зможуть це прочитати.
council-input-hidden = OT приховала це: { $reason }
council-input-anonymous = Член ради
council-others-heading = Відгуки інших
council-supports = { $count ->
    [0] Це ще ніхто не підтримав
    [one] Це підтримує { $count } людина
    [few] Це підтримують { $count } людини
    [many] Це підтримують { $count } людей
   *[other] Це підтримують { $count } людини
}
council-support = Підтримати
council-support-of = Підтримати відгук ({ $name })
council-unsupport = Скасувати підтримку
council-unsupport-of = Скасувати підтримку відгуку ({ $name })
council-comment-label = Коментар до відгуку ({ $name })
council-comment-missing = Напиши коментар (не більше 1000 символів).
council-comment-send = Надіслати коментар
council-comment-withdraw = Відкликати коментар
council-report = Повідомити OT
council-report-comment = Повідомити OT про коментар
council-report-reason = Що не так? (не обов’язково)
council-report-send = Надіслати в OT
council-saved = Збережено.
council-sent = Дякуємо! Твою думку надіслано. Ось що ти написав(-ла):
council-closed-error = Термін минув, тому це вже не можна змінити.
council-not-allowed = Із цим відгуком так зробити не можна.
message-council-login-subject = Вхід до ради OT – { $service }
message-council-login-body = { $code } — твій код для входу до ради OT. Він діє 15 хвилин і лише один раз. Ти також можеш увійти за цим посиланням: { $link } Якщо запиту на код від тебе не було, просто не зважай на це повідомлення.
message-council-answer-subject = OT відповіла на твій відгук
message-council-answer-body = Привіт, { $name }! OT відповіла на твій відгук в обговоренні «{ $hearing }». Увійди й прочитай відповідь тут: { $link }
message-council-admitted-subject = Вітаємо в раді OT у { $service }
message-council-admitted-body = Привіт, { $name }! Тебе прийняли до ради OT. Увійди з номером мобільного або адресою e-mail, з якими ти подавав заявку, і отримаєш код: { $link }
message-council-declined-subject = Щодо твоєї заявки до ради OT у { $service }
message-council-declined-body = Привіт, { $name }! Дякуємо, що подав заявку до ради OT. Цього разу місця для тебе не знайшлося. Ти й надалі можеш стежити за радою і висловлювати свою думку тут: { $link }

## Tall
figures-title = Цифри: чи вдається OT зв’язатися з усіма?
figure-table-show = Показати цифри в таблиці
figures-lead = OT має вести облік усіх молодих людей із цільової групи і зв’язатися з кожним. Тут є цифри по всій країні й по області, а також те, що поки що показує Neste steg.
figures-fewer-than-five = менше ніж 5
figures-hidden = приховано
figures-too-few = замало, щоб показати
figures-count = Кількість
figures-year = Рік
figures-county = Область
figures-share = Частка
figures-group = Група
figures-group-unknown_activity = Діяльність невідома
figures-group-follow_up = Отримують супровід і консультації
figures-group-in_activity = Чимось зайняті
figures-group-clarified = Ситуацію з’ясовано
figures-group-not_in_target_group = Поза цільовою групою
figures-national-heading = Молоді люди, яких супроводжує OT, по всій країні
figures-national-caption = Молоді люди, яких супроводжувала OT у червні, уся країна
figures-counties-heading = Області в червні 2024 року
figures-counties-caption = Молоді люди, яких супроводжувала OT у червні 2024 року, за областями
figures-unreached-heading = Молоді люди, з якими OT не змогла зв’язатися
figures-unreached-caption = Частка тих, з ким OT не змогла зв’язатися у 2024 році: області з найбільшою часткою
figures-vestfold-heading = Vestfold, 15 червня 2024 року
figures-vestfold-text = В OT у Vestfold було зареєстровано { $registered } молодих людей. З них { $target } були в цільовій групі, а { $outside } — поза нею.
figures-vestfold-caption = Молоді люди з цільової групи у Vestfold 15 червня 2024 року, за основними групами
figures-source-udir = Джерело: Директорат освіти та професійної підготовки Норвегії (Udir), дані за червень, опубліковано в серпні 2024 року.
figures-source-vestfold = Джерело: OT Vestfold, річний звіт за 2023/24 рік. Дата підрахунку: 15 червня 2024 року.
figures-portal-heading = Цифри з Neste steg: { $service }
figures-portal-period = Період
figures-portal-sent = Надіслано запитів
figures-portal-answered = Відповіді
figures-portal-rate = Частка тих, хто відповів
figures-portal-median = Днів до відповіді (медіана)
figures-portal-groups-caption = Молоді люди за основними групами на дату підрахунку { $date }
figures-portal-no-count-date = У Neste steg ще немає дати підрахунку.
figures-suppression = Числа, менші за 5, ми не показуємо. Не показуємо й чисел, з яких їх можна вирахувати. Так нікого не можна впізнати.
