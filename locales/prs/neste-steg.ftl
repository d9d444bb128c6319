# Neste steg — Dari. Translated by the team; not yet reviewed by a qualified translator.
service-name = Neste steg
skip-to-content = رفتن به محتوا
menu = مینو
nav-label = مینوی اصلی
language-picker = زبان – Language
home-title = صفحهٔ اصلی
home-heading = چه کار می‌خواهی بکنی؟
home-lead = خدمات پیگیری (OT) به تو کمک می‌کند، اگر بین 15 و 24 سال هستی و به مکتب نمی‌روی و کار هم نداری. اینجا می‌توانی به OT جواب بدهی، دربارهٔ حقوق خود بخوانی و برای صحبت وقت بگیری.
home-no-thanks = تصمیم با خودت است. گفتن «نه، تشکر» هیچ مشکلی ندارد.
task-answer = به OT جواب بده
task-answer-text = از OT پیام یا نامه گرفته‌ای؟ اینجا جواب بده. یک دقیقه وقت می‌گیرد.
task-rights = حقوق تو
task-rights-text = به چه چیزهایی حق داری، و OT باید برایت چه کار کند.
task-guardians = برای والدین و سرپرستان
task-guardians-text = برای شما که پدر، مادر یا سرپرست یک نوجوان زیر 18 سال هستید.
task-booking = برای صحبت وقت بگیر
task-booking-text = وقتی را انتخاب کن که برایت مناسب است: در دفتر، با تیلفون، با ویدیو یا در حال قدم زدن.
task-council = شورای OT
task-council-text = جوانانی که به OT مشوره می‌دهند. نظرهای آن‌ها را بخوان، یا نظر خودت را بگو.
task-staff = ورود کارمندان
contact-heading = تماس و دفترها
contact-lead = می‌توانی مستقیم با OT تماس بگیری. به معرفی‌نامه ضرورت نداری.
contact-phone = تیلفون:
contact-email = ایمیل:
contact-opening-hours = ساعات کاری
weekday = { $day ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
}
privacy-heading = حریم خصوصی
accessibility-heading = اعلامیهٔ دسترسی‌پذیری
not-found-title = صفحه پیدا نشد
not-found-heading = ما این صفحه را پیدا نکردیم
not-found-text = شاید لینک غلط باشد، یا صفحه به جای دیگری رفته باشد.
not-found-home = برو به صفحهٔ اصلی
error-not-found = چیزی را که می‌خواستی پیدا نکردیم.
error-invalid-input = چیزی در فورم باید درست شود.
error-conflict = کس دیگری همزمان این را تغییر داد. دوباره کوشش کن.
error-internal = در سیستم ما مشکلی پیش آمد. کمی بعد دوباره کوشش کن. جواب‌هایی که قبلاً فرستاده‌ای، ذخیره شده‌اند.
error-network = به سرور وصل نشدیم. انترنت خود را چک کن و دوباره کوشش کن.
error-forbidden-origin = این فورم از Neste steg نیامده بود، برای همین ما هیچ کاری نکردیم. به صفحه برگرد و دوباره کوشش کن.
error-summary-title = چیزی هست که باید درست شود
error-sign-in = برای دیدن این صفحه باید وارد سیستم شوی.
error-wrong-credentials = آدرس ایمیل یا رمز غلط است.
error-account-disabled = حساب تو بسته شده است. با یک مدیر سیستم در OT تماس بگیر.
error-throttled = در مدت کوتاه، کوشش‌های زیادی شده است. یک ربع ساعت صبر کن و دوباره کوشش کن.

## Answer from a link or a code (youth)
answer-title = جواب به OT
answer-greeting = سلام، { $name }!
answer-intro = { $service } می‌خواهد بداند که تو حالا چه کار می‌کنی. آن‌وقت اگر ضرورت داشته باشی، می‌توانیم کمکت کنیم. یک دقیقه وقت می‌گیرد.
answer-continue = ادامه
answer-your-answer = جواب تو: { $activity }
answer-change = جواب را تغییر بده
answer-activity-question = حالا چه کار می‌کنی؟
answer-activity-hint = چیزی را انتخاب کن که از همه بهتر مناسب است.
answer-activity-missing = چیزی را انتخاب کن که برای تو از همه بهتر مناسب است.
activity-school = من به لیسه (videregående skole) می‌روم
activity-private_school = من به یک مکتب خصوصی می‌روم
activity-apprenticeship = من کارآموز هستم (lærling یا lærekandidat)
activity-work = من کار می‌کنم
activity-military_service = من خدمت عسکری را انجام می‌دهم (førstegangstjeneste)
activity-home_with_child = من با طفلم در خانه هستم
activity-ill_or_institution = من مریض هستم یا در یک مرکز مراقبت زندگی می‌کنم
activity-course = من در folkehøgskole یا یک کورس دیگر درس می‌خوانم
activity-moved_county = من به ولایت دیگری کوچ کرده‌ام
activity-moved_abroad = من به کشور دیگری کوچ کرده‌ام
activity-wants_help = من کمک یا یک صحبت می‌خواهم
activity-no_thanks = نه، تشکر، به کمک ضرورت ندارم
answer-next = بعدی
answer-details-question = می‌خواهی بیشتر بگویی؟
answer-details-hint = می‌توانی از این بگذری. مثلاً نام مکتب یا جای کار خود را بنویس.
answer-details-too-long = متن حداکثر می‌تواند 1000 حرف داشته باشد.
answer-contact-question = می‌خواهی OT چطور با تو تماس بگیرد؟
answer-channels-legend = یک یا چند راه را انتخاب کن
answer-channels-missing = دست‌کم یک راه را انتخاب کن که ما با تو تماس بگیریم.
answer-contact-mobile-hint = شمارهٔ موبایل تو را نداریم. اگر پیامک یا تماس می‌خواهی، آن را اینجا بنویس.
answer-contact-email-hint = آدرس ایمیل تو را نداریم. اگر ایمیل می‌خواهی، آن را اینجا بنویس.
answer-contact-letter-hint = شمارهٔ موبایل یا ایمیل تو را نداریم. بنویس که از چه راهی می‌توانیم با تو تماس بگیریم.
answer-mobile-needed = شمارهٔ موبایل خود را بنویس تا بتوانیم پیامک بفرستیم یا زنگ بزنیم.
answer-email-needed = آدرس ایمیل خود را بنویس تا بتوانیم به تو ایمیل بفرستیم.
channel-sms = پیام کوتاه (SMS)
channel-call = تیلفون
channel-email = ایمیل
answer-time-legend = چه وقت برایت بهتر است؟
answer-time-missing = انتخاب کن که چه وقت برایت بهتر است.
contact-time-any = هر وقت روز
contact-time-morning = پیش از ساعت 12
contact-time-afternoon = بین ساعت 12 و 16
contact-time-evening = بعد از ساعت 16
answer-send = جواب را بفرست
answer-receipt-title = تشکر! جواب تو به ما رسید
answer-receipt-reference = شمارهٔ مرجع تو:
answer-receipt-next-heading = حالا چه می‌شود
answer-receipt-next = یک مشاور در OT جواب تو را می‌خواند. اگر کمک بخواهی، از همان راهی که انتخاب کرده‌ای با تو تماس می‌گیریم. تو هم می‌توانی به شمارهٔ { $phone } به ما زنگ بزنی.
answer-book = با یک مشاور برای صحبت وقت بگیر
answer-handled-title = جواب تو به ما رسیده است
answer-handled-text = یک مشاور جواب تو را خوانده است. اگر می‌خواهی چیزی را تغییر بدهی، به OT به شمارهٔ { $phone } زنگ بزن.
answer-unusable-title = لینک کار نمی‌کند
answer-unusable-text = شاید لینک خیلی کهنه باشد، یا غلط نوشته شده باشد. به OT به شمارهٔ { $phone } زنگ بزن، یا از کودی که در نامه‌ات است استفاده کن.
answer-throttled-text = از این دستگاه کوشش‌های زیادی شده است. یک ربع ساعت صبر کن و دوباره کوشش کن، یا به OT به شمارهٔ { $phone } زنگ بزن.
answer-code-link = من کودی از یک نامه دارم
answer-code-title = با کودی که در نامه است جواب بده
answer-code-intro = کود در نامهٔ OT نوشته شده است. کود هشت حرف دارد.
answer-code-label = کود نامه
answer-code-wrong = ما این کود را پیدا نمی‌کنیم. ببین که آن را درست نوشته‌ای، یا به OT زنگ بزن.
answer-code-missing = کود نامه را بنویس.

## SMS and e-mail messages
message-contact-subject = پیام از { $service }
message-contact-body = سلام { $name }! { $service } می‌خواهد بداند که حالا چه کار می‌کنی. اینجا جواب بده، یک دقیقه وقت می‌گیرد: { $link } کود تو { $code } است. با احترام، OT
message-reminder-body = دوباره سلام { $name }! هنوز از تو خبری نگرفته‌ایم. اینجا جواب بده: { $link } با احترام، { $service }
message-guardian-subject = معلومات از { $service }
message-guardian-body = سلام! { $service } به فرزند شما پیام فرستاده است. اینجا می‌توانید دربارهٔ حقوق جوانان و کمک‌های OT بخوانید: { $link } با احترام، OT

## Information pages: rights, parents and guardians, offers, follow-up, privacy
info-law = مبنای قانونی
info-related = این را هم بخوان
info-printed = چاپ شده در { $date } از { $url }
rights-title = حقوق تو
rights-lead = بین 15 و 24 سال هستی؟ به مکتب نمی‌روی و کار نداری؟ پس OT باید به تو کمک کند.
rights-who-heading = OT برای کیست؟
rights-who-1 = OT یعنی Oppfølgingstjenesten (خدمات پیگیری). هر ولایت چنین خدماتی دارد.
rights-who-2 = OT برای تو است، اگر حق تعلیمات لیسه (videregående opplæring) را داری. تو به مکتب نمی‌روی و کار هم نداری.
rights-who-3 = OT تا آخر سالی که 24 ساله می‌شوی، برای تو است.
rights-who-4 = می‌توانی خودت تماس بگیری. به هیچ فورم یا معرفی‌نامه ضرورت نداری.
rights-school-heading = تو حق تعلیمات لیسه را داری
rights-school-1 = تو حق داری لیسه بخوانی. می‌توانی مضمون‌ها را در مکتب، به عنوان کارآموز یا از راه‌های دیگر بخوانی.
rights-school-2 = OT کمکت می‌کند تا بفهمی چه چیزی برایت مناسب است.
rights-duty-heading = OT باید این کارها را برایت انجام دهد
rights-duty-1 = OT باید بداند چه کسانی به مکتب نمی‌روند و کار ندارند.
rights-duty-2 = OT باید دربارهٔ حقوقت به تو معلومات کتبی بدهد. این صفحه بخشی از آن است.
rights-duty-3 = OT باید با تو تماس بگیرد و به تو رهنمایی پیشنهاد کند.
rights-duty-4 = OT باید به تو یک پیشنهاد بدهد. این می‌تواند مکتب، کار، کورس یا چیز دیگری باشد.
rights-duty-5 = OT باید تا وقتی که ضرورت داری، با صحبت‌ها تو را پیگیری کند.
rights-no-heading = تصمیم با خودت است
rights-no-1 = می‌توانی بگویی «نه، تشکر». این هیچ مشکلی ندارد.
rights-no-2 = می‌توانی بعداً نظرت را تغییر بدهی. آن‌وقت فقط دوباره تماس بگیر.
rights-law = Forskrift til opplæringslova §§ 13-1 til 13-4 (مقررهٔ قانون معارف ناروی). Opplæringslova (2023) § 9-4 (قانون معارف ناروی).
guardians-title = برای والدین و سرپرستان
guardians-lead = آیا شما پدر، مادر یا سرپرست یک نوجوان زیر 18 سال هستید؟ اینجا می‌توانید بخوانید که این نوجوان به چه چیزهایی حق دارد، و OT چه کار می‌کند.
guardians-why-heading = چرا این معلومات را می‌گیرید؟
guardians-why-1 = OT باید به همهٔ جوانانِ گروه هدف معلومات کتبی بدهد. والدین و سرپرستان جوانان زیر 18 سال هم باید همین معلومات را بگیرند.
guardians-why-2 = خود نوجوان یک پیام جداگانه از OT گرفته است. ما جواب‌های نوجوان را برای شما نمی‌فرستیم.
guardians-rights-heading = نوجوان به چه چیزهایی حق دارد؟
guardians-rights-1 = نوجوان حق تعلیمات لیسه (videregående opplæring) را دارد. OT برای جوانانی است که به مکتب نمی‌روند و کار ندارند، تا آخر سالی که 24 ساله می‌شوند.
guardians-rights-2 = OT باید تماس بگیرد، رهنمایی کند و مکتب، کار یا آموزش دیگری پیشنهاد کند. OT تا وقتی که ضرورت باشد، پیگیری می‌کند.
guardians-help-heading = شما چطور می‌توانید کمک کنید؟
guardians-help-1 = با نوجوان دربارهٔ چیزی که می‌خواهد صحبت کنید. او اجازه دارد به OT «نه، تشکر» بگوید.
guardians-help-2 = اگر نگران هستید، می‌توانید خودتان به OT زنگ بزنید. به معرفی‌نامه ضرورت ندارید.
guardians-18-heading = وقتی جوان 18 ساله می‌شود
guardians-18-1 = آن‌وقت او به سن قانونی رسیده است. OT مکلف به رازداری است و بدون اجازهٔ او نمی‌تواند چیزی به شما بگوید.
guardians-18-2 = او می‌تواند به OT اجازه بدهد که با شما صحبت کند. از خودش بپرسید.
guardians-law = Forskrift til opplæringslova § 13-3 bokstav b (مقررهٔ قانون معارف ناروی). Forvaltningsloven § 13 (قانون اجراآت اداری) دربارهٔ رازداری.
offers-title = چیزهایی که OT می‌تواند پیشنهاد کند
offers-lead = OT همراه با تو یک پیشنهاد پیدا می‌کند. اینجا چند مثال است.
offers-1 = صحبت و کمک برای انتخاب مکتب، مضمون یا کار.
offers-2 = تجربهٔ کاری در یک جای کار عادی، با پیگیری نزدیک. از این راه شاید یک جای کارآموزی (læreplass) پیدا کنی.
offers-3 = کورس‌ها و فعالیت‌ها، مثلاً گردش در طبیعت، هنر و ورزش.
offers-4 = تدریس مضمون‌ها، تا بتوانی به عنوان شاگرد آزاد (privatist) امتحان بدهی.
offers-5 = کمک برای همکاری با NAV و دیگران، تا مجبور نباشی تنها به جاهای زیادی بروی.
offers-law = Forskrift til opplæringslova §§ 13-1 og 13-4 (مقررهٔ قانون معارف ناروی).
followup-title = پیگیری چطور انجام می‌شود
followup-lead = اینجا می‌توانی بخوانی که وقتی با OT در تماس هستی، چه می‌شود.
followup-talk-heading = صحبت اول
followup-talk-1 = تو با یک مشاور دیدار می‌کنی. شما با هم صحبت می‌کنید که حالت چطور است و چه می‌خواهی.
followup-talk-2 = می‌توانی کسی را که به او اعتماد داری، با خود بیاوری.
followup-plan-heading = پلان تو
followup-plan-1 = شما با هم یک پلان می‌سازید. پلان می‌گوید که تو چه کار باید بکنی، و OT چه کار باید بکند.
followup-plan-2 = هر وقت بخواهی، می‌شود پلان را تغییر داد.
followup-no-heading = می‌توانی «نه» بگویی
followup-no-1 = گرفتن کمک از OT اختیاری است. می‌توانی «نه» بگویی، و می‌توانی بعداً برگردی.
followup-law = Forskrift til opplæringslova § 13-3 bokstav c til e (مقررهٔ قانون معارف ناروی).
privacy-lead = اینجا نوشته شده که OT دربارهٔ تو چه می‌داند، چرا، و تو چطور می‌توانی آن را ببینی.
privacy-knows-heading = OT دربارهٔ تو چه می‌داند
privacy-knows-1 = نام تو، آدرس تو، و شمارهٔ تیلفون یا ایمیل تو، اگر آن را به ما داده باشی.
privacy-knows-2 = به کدام مکتب رفته‌ای، برای چه درخواست داده‌ای، و چه چیزی را شروع یا ترک کرده‌ای.
privacy-knows-3 = نمره‌های تو، و اینکه کدام حقوق برایت باقی مانده است.
privacy-knows-4 = چیزهایی که خودت اینجا به ما جواب می‌دهی، و یادداشت‌هایی از صحبت‌ها با تو.
privacy-why-heading = چرا، و بر چه اساسی
privacy-why-1 = ولایت باید دربارهٔ جوانانِ گروه هدف معلومات داشته باشد و به آن‌ها پیشنهادی بدهد. این در forskrift til opplæringslova § 13-3 (مقررهٔ قانون معارف ناروی) نوشته شده است.
privacy-why-2 = ما این معلومات را فقط برای کمک به تو استفاده می‌کنیم. آن را با دیگران شریک نمی‌سازیم، مگر اینکه قانون اجازه بدهد یا تو «بلی» بگویی.
privacy-keep-heading = تا چه وقت معلومات را نگه می‌داریم
privacy-keep-1 = ما معلومات و جواب‌های تو را تا وقتی نگه می‌داریم که در گروه هدف هستی: تا آخر سالی که { $age } ساله می‌شوی. لینک‌های داخل پیام‌ها { $days } روز کار می‌کنند.
privacy-keep-2 = درخواست‌های صحبت و صحبت‌هایی را که وقتشان تعیین شده، { $days } روز بعد از صحبت پاک می‌کنیم. لینک صحبت تا { $link_days } روز بعد از تمام شدن آن کار می‌کند.
privacy-keep-3 = پیام‌هایی را که به تو فرستاده‌ایم، همراه با شماره یا آدرس ایمیل، { $days } روز بعد از ساخته شدنشان پاک می‌کنیم.
privacy-keep-4 = کودها، کوشش‌های ورود و ردپاهای دیگرِ استفاده از فورم‌ها را بعد از 24 ساعت پاک می‌کنیم.
privacy-see-heading = دیدن یا درست کردن معلومات
privacy-see-1 = تو حق داری ببینی که ما دربارهٔ تو چه چیزهایی را ذخیره کرده‌ایم، و بخواهی که اشتباه‌ها درست شوند. با OT تماس بگیر.
privacy-see-2 = نام هر کارمندی که معلومات تو را ببیند، ثبت می‌شود.
privacy-law = Personvernforordningen artikkel 6 nr. 1 bokstav e og artikkel 15 og 16 (مقررهٔ عمومی حفاظت از معلومات شخصی، GDPR). Forskrift til opplæringslova § 13-3 (مقررهٔ قانون معارف ناروی).


## Accessibility statement and translations
accessibility-lead = همه باید بتوانند از Neste steg استفاده کنند. این برای تو هم است، اگر از برنامهٔ صفحه‌خوان استفاده می‌کنی، فقط با کیبورد کار می‌کنی یا صفحه را بزرگ می‌کنی.
accessibility-standard-heading = شرایطی که رعایت می‌کنیم
accessibility-standard-1 = ویب‌سایت‌های دولتی در ناروی باید از WCAG 2.1 در سطح AA پیروی کنند. این یک معیار برای ویب‌سایت‌هایی است که همه بتوانند از آن‌ها استفاده کنند.
accessibility-test-heading = ما چطور آن را چک می‌کنیم
accessibility-test-1 = هر بار که Neste steg را تغییر می‌دهیم، صفحه‌ها را در یک براوزر روی یک موبایل کوچک آزمایش می‌کنیم. ما هم با JavaScript و هم بدون آن آزمایش می‌کنیم، و همچنین با ابزار axe.
accessibility-test-2 = همه چیز را می‌شود با کیبورد استفاده کرد. اشتباه‌های فورم کنار همان خانه و در یک فهرست در بالای صفحه نشان داده می‌شوند.
accessibility-known-heading = کارهایی که هنوز تمام نکرده‌ایم
accessibility-known-1 = بعضی زبان‌ها هنوز توسط یک ترجمان مسلکی چک نشده‌اند. در این صورت، این موضوع در بالای صفحه نوشته شده، با یک لینک به متن به زبان نارویژی (bokmål).
accessibility-known-2 = ما هنوز صفحه‌ها را همراه با کسانی که از برنامهٔ صفحه‌خوان استفاده می‌کنند، آزمایش نکرده‌ایم.
accessibility-feedback-heading = اگر چیزی کار نمی‌کند، به ما بگو
accessibility-feedback-1 = به OT زنگ بزن یا بنویس. شمارهٔ تیلفون و ایمیل در پایین صفحه است.
accessibility-feedback-2 = اگر از جواب راضی نیستی، می‌توانی به Tilsynet for universell utforming av ikt (ادارهٔ نظارت بر طراحی همگانی تکنالوژی معلوماتی) شکایت کنی. ویب‌سایت آن‌ها uutilsynet.no است.
accessibility-law = Likestillings- og diskrimineringsloven § 18 (قانون برابری و منع تبعیض). Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger § 4 (مقرره دربارهٔ طراحی همگانی تکنالوژی معلوماتی و مخابراتی).
translation-notice = این صفحه ترجمه شده است. ترجمه هنوز چک نشده است.
translation-original = متن را به زبان نارویژی (bokmål) بخوان

## Booking a conversation (youth)
booking-lead = دفتر و طریقهٔ دیدار را انتخاب کن. بعد وقت‌های خالی را می‌بینی.
booking-office-legend = به کدام دفتر می‌خواهی بروی؟
booking-form-legend = چطور می‌خواهی با ما دیدار کنی؟
form-office = در دفتر
form-phone = با تیلفون
form-video = با ویدیو
form-walk = در حال قدم زدن – قدم می‌زنیم و صحبت می‌کنیم
booking-show-times = وقت‌های خالی را نشان بده
booking-change-office = دفتر دیگری را انتخاب کن
booking-times-legend = یک وقت را انتخاب کن
booking-times-hint = وقت‌ها به وقت ناروی است. صحبت { $minutes } دقیقه طول می‌کشد.
booking-more-days = روزهای بیشتر را نشان بده
booking-closed-days = در روزهای رخصتی رسمی و روزهایی که دفتر بسته است، وقت نمی‌دهیم.
booking-no-times = در چند هفتهٔ آینده وقت خالی نیست. به جای آن، از ما بخواه که به تو زنگ بزنیم.
booking-slot-missing = یک وقت را انتخاب کن.
booking-date = { $weekday } { $day } { $month }
booking-time = ساعت { $time }
month = { $month ->
    [1] جنوری
    [2] فبروری
    [3] مارچ
    [4] اپریل
    [5] می
    [6] جون
    [7] جولای
    [8] اگست
    [9] سپتمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
}
booking-about-you = دربارهٔ تو
booking-first-name = نام
booking-first-name-missing = نام خود را فقط با حروف بنویس.
booking-contact-hint = شمارهٔ موبایل یا ایمیل خود را بنویس، تا بتوانیم به تو جواب بدهیم.
booking-mobile = شمارهٔ موبایل
booking-email = ایمیل
booking-mobile-invalid = یک شمارهٔ موبایل ناروی با 8 رقم بنویس، یا شماره‌ای که با + شروع می‌شود.
booking-email-invalid = یک آدرس ایمیل مانند navn@eksempel.no بنویس.
booking-contact-missing = شمارهٔ موبایل یا ایمیل خود را بنویس.
booking-send = درخواست را بفرست
sending = در حال فرستادن …
characters-count = { $count } از { $max } حرف
booking-taken = کس دیگری همین حالا این وقت را گرفت. وقت دیگری را انتخاب کن.
booking-none-fit-heading = هیچ‌کدام از این وقت‌ها برایت مناسب نیست؟
booking-none-fit-text = پس ما به تو زنگ می‌زنیم و با هم یک وقت پیدا می‌کنیم.
booking-call-me = به من زنگ بزنید
booking-call-me-sent = تشکر! هر چه زودتر به تو زنگ می‌زنیم، معمولاً در دو روز کاری.
booking-state-requested = منتظر جواب مشاور هستیم
booking-state-requested-text = این وقت تا { $deadline } برای تو نگه داشته شده است. وقتی مشاور جواب بدهد، برایت پیام می‌آید.
booking-state-confirmed = صحبت تأیید شد
booking-state-declined = مشاور در این وقت نمی‌تواند
booking-state-expired = وقت درخواست تمام شد
booking-state-expired-text = مشاور نتوانست به موقع جواب بدهد. یک وقت جدید انتخاب کن، یا به ما زنگ بزن.
booking-state-withdrawn = تو درخواست را پس گرفته‌ای
booking-state-cancelled = صحبت لغو شد
booking-state-completed = صحبت انجام شد
booking-state-no_show = تو به صحبت نیامدی
booking-when = چه وقت
booking-how = چطور
booking-where = کجا
booking-how-phone = مشاور به تو زنگ می‌زند.
booking-how-video = پیش از صحبت، یک لینک برای صحبت ویدیویی می‌گیری.
booking-how-walk = بیرون دفتر همدیگر را می‌بینیم و در حال صحبت قدم می‌زنیم.
booking-reason = پیام از OT
booking-withdraw = درخواست را پس بگیر
booking-cancel = صحبت را لغو کن
booking-cancel-reason = می‌خواهی بگویی چرا؟ مجبور نیستی.
booking-move = صحبت را به وقت دیگری تغییر بده
booking-move-title = یک وقت جدید انتخاب کن
booking-move-text = وقت قبلی تا وقتی که مشاور وقت جدید را تأیید کند، باقی می‌ماند.
booking-moving = تو خواسته‌ای که وقت صحبت تغییر کند. وقت قبلی تا وقتی که مشاور جواب بدهد، باقی می‌ماند.
booking-calendar = در تقویم خود دانلود کن (.ics)
booking-book-again = یک وقت جدید بگیر
booking-unusable-text = لینک کار نمی‌کند. به OT به شمارهٔ { $phone } زنگ بزن، ما کمکت می‌کنیم.
message-booking-subject = صحبت با { $service }
message-booking-confirmed = سلام { $name }! صحبت تو با OT تأیید شد: { $when }، { $how }. اینجا ببین، تغییر بده یا لغو کن: { $link }
message-reason-from-ot = پیام از OT: { $reason }
message-booking-declined = سلام { $name }! OT در { $when } نمی‌تواند. { $reason } اینجا یک وقت جدید انتخاب کن: { $link }
message-booking-expired = سلام { $name }! نتوانستیم وقت { $when } را به موقع تأیید کنیم. یک وقت جدید انتخاب کن یا به ما زنگ بزن: { $link }
message-booking-cancelled = سلام { $name }! OT صحبت { $when } را لغو کرد. { $reason } اینجا یک وقت جدید بگیر: { $link }
message-booking-cancelled-by-you = سلام { $name }! تو صحبت { $when } را لغو کردی. اگر یک وقت جدید می‌خواهی، اینجا می‌توانی بگیری: { $link }
message-booking-requested = سلام { $name }! درخواست تو برای صحبت { $when } به ما رسید. OT به زودی به تو جواب می‌دهد. اینجا می‌توانی آن را ببینی یا پس بگیری: { $link }
message-booking-reminder = سلام { $name }! صحبت فردا با OT یادت نرود: { $when }، { $how }. اینجا ببین، تغییر بده یا لغو کن: { $link }
booking-code-title = کود را بنویس
booking-code-sent-sms = ما یک کود شش‌رقمی با پیام کوتاه (SMS) به { $to } فرستادیم. این کود 15 دقیقه کار می‌کند. وقت فقط وقتی برای تو نگه داشته می‌شود که کود را نوشته باشی.
booking-code-sent-email = ما یک کود شش‌رقمی با ایمیل به { $to } فرستادیم. این کود 15 دقیقه کار می‌کند. وقت فقط وقتی برای تو نگه داشته می‌شود که کود را نوشته باشی.
booking-code-label = کود
booking-code-hint = شش رقم، مثلاً 123456.
booking-code-missing = کود شش‌رقمی را از پیام بنویس.
booking-code-wrong = این کودی نیست که ما فرستادیم. پیام را ببین و دوباره کوشش کن.
booking-code-gone = این کود دیگر کار نمی‌کند. وقت را دوباره انتخاب کن، تا یک کود جدید برایت بفرستیم.
booking-code-submit = تأیید کن و درخواست را بفرست
booking-code-again = دوباره وقت را انتخاب کن
error-too-many-active = تو از قبل دو درخواست یا وقت ملاقات نزد ما داری. اگر به یکی دیگر ضرورت داری، به OT زنگ بزن.
message-booking-code-subject = کود تو از { $service }
message-booking-code-body = { $code } کود تو برای گرفتن وقت صحبت با { $service } است. این کود 15 دقیقه کار می‌کند. اگر کود نخواسته‌ای، این پیام را نادیده بگیر.
calendar-summary = صحبت با { $service }
