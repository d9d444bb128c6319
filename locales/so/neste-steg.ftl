# Neste steg — Somali. Translated by the team; not yet reviewed by a qualified translator.
service-name = Neste steg
skip-to-content = U gudub nuxurka bogga
menu = Liiska
nav-label = Liiska ugu weyn
language-picker = Luqadda – Language
home-title = Bogga hore
home-heading = Maxaad rabtaa inaad samayso?
home-lead = Adeegga Daba-galka (OT) wuxuu ku caawiyaa haddii aad tahay 15 ilaa 24 sano oo aadan dugsi dhigan ama aadan shaqayn. Halkan waxaad uga jawaabi kartaa OT, waxaad ka akhrisan kartaa xuquuqdaada, waxaadna ballansan kartaa wadahadal.
home-no-thanks = Adiga ayaa go'aansanaya. Waa caadi inaad ku jawaabto “maya, mahadsanid”.
task-answer = U jawaab OT
task-answer-text = Ma heshay fariin ama warqad OT ka timid? Halkan ka jawaab. Waxay qaadanaysaa hal daqiiqo.
task-rights = Xuquuqdaada
task-rights-text = Waxa aad xaq u leedahay, iyo waxa ay tahay in OT kuu qabto.
task-guardians = Waalidiinta iyo mas'uuliyiinta
task-guardians-text = Adiga oo ah waalid ama mas'uul ka ah qof dhallinyaro ah oo ka yar 18 sano.
task-booking = Ballanso wadahadal
task-booking-text = Dooro waqti kugu habboon: xafiiska, taleefanka, fiidiyowga ama socod lugeed.
task-council = Golaha OT
task-council-text = Dhallinyaro talo siisa OT. Akhri bayaannadooda, ama sheeg fikraddaada.
task-staff = Gelitaanka shaqaalaha
contact-heading = La xiriir iyo xafiisyada
contact-lead = Si toos ah ayaad ula xiriiri kartaa OT. Uma baahnid warqad gudbin.
contact-phone = Taleefan:
contact-email = Iimayl:
contact-opening-hours = Saacadaha furitaanka
weekday = { $day ->
    [1] Isniin
    [2] Talaado
    [3] Arbaco
    [4] Khamiis
    [5] Jimco
    [6] Sabti
   *[7] Axad
}
privacy-heading = Ilaalinta xogta shakhsiga
accessibility-heading = Bayaanka helitaanka
not-found-title = Bogga lama helin
not-found-heading = Ma aanu helin boggaas
not-found-text = Linkiga ayaa laga yaabaa inuu khaldan yahay, ama bogga ayaa laga yaabaa in la raray.
not-found-home = Tag bogga hore
error-not-found = Ma aanu helin wixii aad raadinaysay.
error-invalid-input = Wax foomka ku jira ayaa u baahan in la saxo.
error-conflict = Qof kale ayaa isla waqtigaas wax ka beddelay. Isku day mar kale.
error-bad-request = Ma aanu akhriyi karin wixii la soo diray. Dib u soo deji bogga oo isku day mar kale.
error-internal = Wax ayaa naga khaldamay. Isku day mar kale wax yar kadib. Jawaabaha aad horay u dirtay waa la kaydiyay.
error-network = Ma aanu gaari karin server-ka. Hubi internetkaaga oo isku day mar kale.
error-forbidden-origin = Foomku kama iman Neste steg, sidaa darteed waxba ma aanu samayn. Ku noqo bogga oo isku day mar kale.
error-summary-title = Waxaa jira wax u baahan in la saxo
error-sign-in = Waa inaad gashaa akoonkaaga si aad u aragto boggan.
error-wrong-credentials = Cinwaanka iimaylka ama furaha sirta ah waa khalad.
error-account-disabled = Akoonkaaga waa la xiray. La xiriir maamulaha OT.
error-throttled = Isku dayo aad u badan ayaa dhacay muddo gaaban. Sug 15 daqiiqo oo isku day mar kale.

## Answer from a link or a code (youth)
answer-title = U jawaab OT
answer-greeting = Salaan, { $name }!
answer-intro = { $service } wuxuu jeclaan lahaa inuu ogaado waxa aad hadda samaynayso. Markaas ayaan ku caawin karnaa haddii aad u baahato. Waxay qaadanaysaa hal daqiiqo.
answer-continue = Sii wad
answer-your-answer = Waxaad ku jawaabtay: { $activity }
answer-change = Beddel jawaabta
answer-activity-question = Maxaad hadda samaynaysaa?
answer-activity-hint = Dooro midka ugu habboon.
answer-activity-missing = Dooro midka adiga kuugu habboon.
activity-school = Waxaan dhigtaa dugsi sare (videregående skole)
activity-private_school = Waxaan dhigtaa dugsi gaar loo leeyahay
activity-apprenticeship = Waxaan ahay xirfad-barte (lærling) ama musharax tababar (lærekandidat)
activity-work = Waan shaqeeyaa
activity-military_service = Waxaan ku jiraa ciidanka (adeegga koowaad ee ciidanka)
activity-home_with_child = Guriga ayaan la joogaa ilmo
activity-ill_or_institution = Waan bukaa ama waxaan ku noolahay xarun daryeel
activity-course = Waxaan dhigtaa dugsi dadweyne (folkehøgskole) ama koorso kale
activity-moved_county = Waxaan u guuray gobol kale
activity-moved_abroad = Waxaan u guuray dal kale
activity-wants_help = Waxaan rabaa caawimaad ama wadahadal
activity-no_thanks = Maya, mahadsanid, uma baahni caawimaad
answer-next = Xiga
answer-details-question = Ma rabtaa inaad wax dheeraad ah noo sheegto?
answer-details-hint = Waad ka boodi kartaa tan. Tusaale ahaan, qor magaca dugsiga ama shaqada.
answer-details-hint-help = Waad ka boodi kartaa tan. Waxaad qori kartaa waxa aad caawimo ka rabto.
answer-details-too-long = Qoraalku wuxuu yeelan karaa ugu badnaan 1000 xaraf.
answer-contact-question = Sidee ayaad rabtaa in OT kula soo xiriiro?
answer-channels-legend = Dooro hal hab ama dhowr hab
answer-channels-missing = Dooro ugu yaraan hal hab oo aan kugula soo xiriiri karno.
answer-contact-mobile-hint = Ma haysanno lambarka moobilkaaga. Haddii aad rabto SMS ama wicitaan, halkan ku qor.
answer-contact-email-hint = Ma haysanno ciwaanka iimaylkaaga. Haddii aad rabto iimayl, halkan ku qor.
answer-contact-letter-hint = Ma haysanno lambar moobil ama iimayl adiga kuu ah. Qor waxa aan u isticmaali karno inaan kugula soo xiriirno.
answer-mobile-needed = Qor lambarka moobilkaaga si aan SMS kuugu soo dirno ama aan kuu soo wacno.
answer-email-needed = Qor ciwaanka iimaylkaaga si aan iimayl kuugu soo dirno.
channel-sms = SMS
channel-call = Taleefan
channel-email = Iimayl
answer-time-legend = Goorma ayaa kuugu habboon?
answer-time-missing = Dooro goorta kuugu habboon.
contact-time-any = Waqti kasta oo maalinta ah
contact-time-morning = Ka hor 12:00
contact-time-afternoon = Inta u dhaxaysa 12:00 iyo 16:00
contact-time-evening = 16:00 kadib
answer-send = Dir jawaabta
answer-receipt-title = Mahadsanid! Waan helnay jawaabtaada
answer-receipt-reference = Lambarka tixraacaaga:
answer-receipt-next-heading = Waxa hadda dhacaya
answer-receipt-next = Lataliye OT ka tirsan ayaa akhriya jawaabtaada. Haddii aad rabto caawimaad, waxaan kula soo xiriiri doonnaa sida aad dooratay. Sidoo kale waad na wici kartaa, lambarka { $phone }.
answer-book = Ballanso wadahadal aad la yeelato lataliye
answer-handled-title = Waan helnay jawaabtaada
answer-handled-text = Lataliye ayaa akhriyay jawaabtaada. Haddii aad rabto inaad wax beddesho, wac OT, lambarka { $phone }.
answer-unusable-title = Linkigu ma shaqaynayo
answer-unusable-text = Linkiga ayaa laga yaabaa inuu aad u duugoobay, ama si khalad ah ayaa loo qoray. Wac OT, lambarka { $phone }, ama isticmaal koodhka ku jira warqaddaada.
answer-throttled-text = Qalabkan waxaa laga sameeyay isku dayo aad u badan. Sug 15 daqiiqo oo isku day mar kale, ama wac OT, lambarka { $phone }.
answer-code-link = Waxaan haystaa koodh warqad ku jiray
answer-code-title = Ku jawaab koodhka warqadda ku jira
answer-code-intro = Koodhku wuxuu ku qoran yahay warqadda OT. Wuxuu leeyahay siddeed xaraf.
answer-code-label = Koodhka warqadda
answer-code-wrong = Ma aanu helin koodhkaas. Hubi inaad si sax ah u qortay, ama wac OT.
answer-code-ended = Koodhku waa sax, laakiin hadda ma shaqeeyo: codsigu wuu dhacay ama waa la laabtay. Wac OT lambarka { $phone }, waan ku caawin doonnaa.
answer-code-missing = Qor koodhka warqadda ku jira.

## SMS and e-mail messages
message-contact-subject = Fariin ka timid { $service }
message-contact-body = Salaan { $name }! { $service } wuxuu rabaa inuu ogaado waxa aad hadda samaynayso. Halkan ka jawaab, waxay qaadanaysaa hal daqiiqo: { $link } Koodhkaagu waa { $code }. Salaan, OT
message-reminder-body = Salaan mar kale { $name }! Weli war kaama aanu helin. Halkan ka jawaab: { $link } Salaan, { $service }
message-guardian-subject = Macluumaad ka yimid { $service }
message-guardian-body = Salaan! { $service } wuxuu u qoray ilmahaaga. Halkan waxaad ka akhrisan kartaa xuquuqda dhallinyarada iyo waxa OT ka caawin karo: { $link } Salaan, OT

## Information pages: rights, parents and guardians, offers, follow-up, privacy
info-law = Saldhigga sharciga
info-related = Sidoo kale akhri
info-printed = Waxaa la daabacay { $date } laga soo qaaday { $url }
rights-title = Xuquuqdaada
rights-lead = Ma tahay 15 ilaa 24 sano? Dugsi ma dhigtid, shaqona ma lihid? Markaas waa inuu OT ku caawiyaa.
rights-who-heading = Yaa loogu talagalay OT?
rights-who-1 = OT waa magaca gaaban ee Oppfølgingstjenesten (Adeegga Daba-galka). Gobol kasta wuxuu leeyahay adeeg noocan ah.
rights-who-2 = OT waxaa loogu talagalay adiga haddii aad xaq u leedahay waxbarashada dugsiga sare (videregående opplæring). Dugsi ma dhigtid, shaqona ma lihid.
rights-who-3 = OT waa kuu furan yahay ilaa dhammaadka sannadka aad buuxiso 24 sano.
rights-who-4 = Adiga laftaadu waad soo xiriiri kartaa. Uma baahnid foom ama warqad gudbin.
rights-school-heading = Waxaad xaq u leedahay waxbarashada dugsiga sare
rights-school-1 = Waxaad xaq u leedahay inaad dhigato dugsi sare. Maaddooyinka waxaad ku qaadan kartaa dugsiga, adigoo xirfad-barte ah, ama siyaabo kale.
rights-school-2 = OT wuxuu kaa caawiyaa inaad ogaato waxa kuu habboon.
rights-duty-heading = Waxa ay tahay in OT kuu qabto
rights-duty-1 = OT waa inuu ogaadaa cidda aan dugsi dhigan oo aan shaqo lahayn.
rights-duty-2 = OT waa inuu ku siiyaa macluumaad qoran oo ku saabsan xuquuqdaada. Boggani waa qayb ka mid ah taas.
rights-duty-3 = OT waa inuu kula soo xiriiraa oo uu ku siiyaa talo iyo hanuunin.
rights-duty-4 = OT waa inuu ku siiyaa fursad. Waxay noqon kartaa dugsi, shaqo, koorso ama wax kale.
rights-duty-5 = OT waa inuu kula socdaa oo wadahadallo kula yeeshaa inta aad u baahan tahay.
rights-no-heading = Adiga ayaa go'aansanaya
rights-no-1 = Waxaad dhihi kartaa “maya, mahadsanid”. Taasi waa caadi.
rights-no-2 = Goor dambe waad beddeli kartaa go'aankaaga. Markaas si fudud mar kale noola soo xiriir.
rights-law = Forskrift til opplæringslova (xeerka hoose ee Sharciga Waxbarashada) §§ 13-1 ilaa 13-4. Opplæringslova (Sharciga Waxbarashada, 2023) § 9-4.
guardians-title = Waalidiinta iyo mas'uuliyiinta
guardians-lead = Ma tahay waalid ama mas'uul ka ah qof dhallinyaro ah oo ka yar 18 sano? Halkan waxaad ka akhrisan kartaa waxa uu qofka dhallinyarada ahi xaq u leeyahay, iyo waxa OT qabto.
guardians-why-heading = Maxaad u helaysaa macluumaadkan?
guardians-why-1 = OT waa inuu macluumaad qoran siiyaa dhammaan dhallinyarada kooxda loogu talagalay. Waalidiinta iyo mas'uuliyiinta dhallinyarada ka yar 18 sano waa inay helaan isla macluumaadkaas.
guardians-why-2 = Qofka dhallinyarada ah wuxuu OT ka helay fariin u gaar ah. Jawaabaha qofka dhallinyarada ah kuuma soo dirno.
guardians-rights-heading = Muxuu xaq u leeyahay qofka dhallinyarada ah?
guardians-rights-1 = Qofka dhallinyarada ah wuxuu xaq u leeyahay waxbarashada dugsiga sare. OT waxaa loogu talagalay dhallinyarada aan dugsi dhigan oo aan shaqo lahayn, ilaa dhammaadka sannadka ay buuxiyaan 24 sano.
guardians-rights-2 = OT waa inuu la xiriiraa, talo bixiyaa, oo soo bandhigaa fursad dugsi, shaqo ama tababar kale. OT wuxuu la socdaa inta loo baahan yahay.
guardians-help-heading = Sidee baad u caawin kartaa?
guardians-help-1 = La hadal qofka dhallinyarada ah oo ka wada hadla waxa uu rabo. Waa la oggol yahay in OT lagu yiraahdo “maya, mahadsanid”.
guardians-help-2 = Adiga laftaadu waad wici kartaa OT lambarka { $phone } haddii aad walwalsan tahay. Uma baahnid warqad gudbin.
guardians-18-heading = Marka qofka dhallinyarada ahi gaaro 18 sano
guardians-18-1 = Markaas qofka dhallinyarada ahi waa qaan-gaar sharci ahaan. OT wuxuu leeyahay waajibka sirdhawrka. Waxba kuuma sheegi karo haddii uusan qofka dhallinyarada ahi oggolaan.
guardians-18-2 = Qofka dhallinyarada ahi wuxuu OT u oggolaan karaa inuu kula hadlo. Weydii qofka dhallinyarada ah.
guardians-law = Forskrift til opplæringslova (xeerka hoose ee Sharciga Waxbarashada) § 13-3 xarafka b. Forvaltningsloven (Sharciga Maamulka Dadweynaha) § 13 oo ku saabsan sirdhawrka.
offers-title = Waxa OT bixin karo
offers-lead = OT wuxuu adiga kula raadiyaa fursad. Halkan waxaa ku qoran tusaalooyin.
offers-1 = Wadahadallo iyo caawimaad si aad u doorato dugsi, maaddooyin ama shaqo.
offers-2 = Tababar shaqo (praksis) oo ka dhaca goob shaqo caadi ah, oo si dhow laguula socdo. Wuxuu kuu horseedi karaa meel xirfad-barasho (læreplass).
offers-3 = Koorsooyin iyo hawlo, tusaale ahaan hawlaha bannaanka iyo dabeecadda, farshaxan iyo jimicsi.
offers-4 = Casharro maaddooyin ah, si aad imtixaan ugu gasho arday gaar ah (privatist).
offers-5 = Caawimaad si aad ula shaqayso NAV iyo kuwo kale, si aadan keligaa ugu tagin meelo badan.
offers-law = Forskrift til opplæringslova (xeerka hoose ee Sharciga Waxbarashada) §§ 13-1 iyo 13-4.
followup-title = Sida daba-galku u socdo
followup-lead = Halkan waxaad ka akhrisan kartaa waxa dhaca marka aad xiriir la leedahay OT.
followup-talk-heading = Wadahadalka koowaad
followup-talk-1 = Waxaad la kulmaysaa lataliye. Waxaad ka wada hadlaysaan xaaladdaada iyo waxa aad rabto.
followup-talk-2 = Waxaad keeni kartaa qof aad aaminto.
followup-plan-heading = Qorshahaaga
followup-plan-1 = Waxaad wada samaynaysaan qorshe. Wuxuu sheegayaa waxa aad samaynayso iyo waxa OT samaynayo.
followup-plan-2 = Qorshaha waa la beddeli karaa goor kasta oo aad rabto.
followup-no-heading = Waxaad dhihi kartaa maya
followup-no-1 = Caawimaadda OT waa ikhtiyaari. Waxaad dhihi kartaa maya, waadna soo noqon kartaa goor dambe.
followup-law = Forskrift til opplæringslova (xeerka hoose ee Sharciga Waxbarashada) § 13-3 xarfaha c ilaa e.
privacy-lead = Halkan waxaa ku qoran waxa OT kaa og yahay, sababta, iyo sida aad u arki karto.
privacy-knows-heading = Waxa OT kaa og yahay
privacy-knows-1 = Magacaaga, cinwaankaaga, iyo lambarka taleefankaaga ama iimaylkaaga haddii aad na siisay.
privacy-knows-2 = Dugsiga aad dhigan jirtay, iyo waxa aad codsatay, aad bilowday iyo aad ka tagtay.
privacy-knows-3 = Dhibcahaaga dugsiga iyo xuquuqaha kuu haray.
privacy-knows-4 = Waxa aad adigu halkan nagu soo jawaabto, iyo qoraallo laga sameeyay wadahadallada aan kula yeelanay.
privacy-why-heading = Sababta iyo saldhigga sharciga
privacy-why-1 = Gobolku waa inuu ogaadaa dhallinyarada kooxda loogu talagalay oo uu siiyaa fursad. Taasi waxay ku qoran tahay forskrift til opplæringslova (xeerka hoose ee Sharciga Waxbarashada) § 13-3.
privacy-why-2 = Xogta waxaan u isticmaalnaa oo keliya si aan kuu caawinno. Dad kale lama wadaagno haddii aan sharcigu oggolayn ama aadan adigu oggolaan.
privacy-keep-heading = Muddada aan kaydinno
privacy-keep-1 = Xogtaada iyo jawaabahaaga waxaan kaydinaynaa inta aad ku jirto kooxda loogu talagalay: ilaa dhammaadka sanadka aad noqonayso { $age } jir. Linkiyada fariimaha ku jira waxay shaqeeyaan { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }.
privacy-keep-2 = Codsiyada wadahadalka iyo wadahadallada la ballansaday waxaan tirtirnaa marka { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } ka soo wareegaan wadahadalka. Linkiga wadahadalka wuxuu shaqeeyaa { $link_days ->
        [one] { $link_days } maalin
       *[other] { $link_days } maalmood
    } marka uu dhammaado kadib.
privacy-keep-3 = Fariimaha aan kuu soo dirnay iyo lambarka ama iimaylka loo diray waxaan tirtirnaa marka { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } ka soo wareegaan markii la sameeyay.
privacy-keep-4 = Koodhadhka, isku dayada gelitaanka iyo raadadka kale ee isticmaalka foomamka waxaan tirtirnaa 24 saacadood kadib.
privacy-council-heading = Golaha OT
privacy-council-1 = Haddii aad codsato inaad ku biirto golaha OT, waxaan kaydinaa magacaaga koowaad, sannadka dhalashadaada, lambarka moobilka ama iimaylka iyo waxaad qorto. Bogga golaha xubnaha waxaa lagu muujiyaa magaca koowaad iyo doorka kaliya. Fikradaha waxaa la daabacaa oo keliya iyagoo aan magac lahayn, oo keliya marka OT go'aansato.
privacy-council-2 = Isku-duwaha golaha ee OT had iyo jeer wuu arkaa cidda waxa qortay. Xubnaha kale ma arkaan haddii aad qariso magacaaga. Codsiyada la dhammeeyay waxaan tirtirnaa kadib isla muddada codsiyada wada-hadalka.
privacy-see-heading = Arag ama sax xogta
privacy-see-1 = Waxaad xaq u leedahay inaad aragto waxa aan kaa kaydinay, iyo in laguu saxo khaladaadka. La xiriir OT.
privacy-see-2 = Shaqaale kasta oo arka xogtaada waa la diiwaangeliyaa.
privacy-law = Personvernforordningen (Xeerka Guud ee Ilaalinta Xogta, GDPR) qodobka 6(1)(e) iyo qodobbada 15 iyo 16. Forskrift til opplæringslova (xeerka hoose ee Sharciga Waxbarashada) § 13-3.


## Accessibility statement and translations
accessibility-lead = Qof walba waa inuu awoodaa inuu isticmaalo Neste steg. Taasi waxay sidoo kale khusaysaa adiga haddii aad isticmaasho akhriyaha shaashadda, kiiboodh keliya, ama aad weyneyso shaashadda.
accessibility-standard-heading = Shuruudaha aan raacno
accessibility-standard-1 = Bogagga internetka ee hay'adaha dowladda Noorweey waa inay raacaan WCAG 2.1 heerka AA. Waa heer-cabbir (standard) loogu talagalay bogag qof walba isticmaali karo.
accessibility-test-heading = Sida aan u hubinno
accessibility-test-1 = Mar kasta oo aan beddelno Neste steg, bogagga waxaan ku tijaabinnaa browser ku jira taleefan yar. Waxaan tijaabinnaa annagoo isticmaalayna JavaScript iyo annagoon isticmaalin, iyo sidoo kale qalabka axe.
accessibility-test-2 = Wax walba waxaa lagu isticmaali karaa kiiboodh. Khaladaadka foomka waxay ka muuqdaan meesha wax lagu qoro agteeda iyo liis ku yaal bogga korkiisa.
accessibility-known-heading = Waxa aanan weli dhammaystirin
accessibility-known-1 = Turjumaan xirfad leh weli ma uusan hubin luqadaha qaarkood. Markaas taas waxaa lagu sheegaa bogga korkiisa, oo waxaa la socda link u gudba qoraalka af-Noorweejiga (bokmål).
accessibility-known-2 = Weli bogagga ma aanan tijaabin annagoo la shaqaynayna dad isticmaala akhriyaha shaashadda.
accessibility-feedback-heading = Noo sheeg haddii wax aan shaqaynayn
accessibility-feedback-1 = Wac ama u qor OT. Taleefanka iyo iimaylka waxay ku qoran yihiin bogga hoostiisa.
accessibility-feedback-2 = Haddii aadan ku qanacsanayn jawaabta, waxaad cabasho u gudbin kartaa Tilsynet for universell utforming av ikt (hay'adda kormeerta naqshadda guud ee IKT). Boggooda internetku waa uutilsynet.no.
accessibility-law = Likestillings- og diskrimineringsloven (Sharciga Sinnaanta iyo Takoorid-diidka) § 18. Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger (xeerka naqshadda guud ee xalalka IKT) § 4.
translation-notice = Boggan waa la turjumay. Turjumaadda weli lama hubin.
translation-original = Ka akhri qoraalka af-Noorweejiga (bokmål)

## Booking a conversation (youth)
booking-lead = Dooro xafiis iyo sida aad rabto inaad nala kulanto. Markaas waxaad arki doontaa waqtiyada bannaan.
booking-office-legend = Xafiiskee ayaad rabtaa inaad tagto?
booking-form-legend = Sidee ayaad rabtaa inaad nala kulanto?
form-office = Xafiiska
form-phone = Taleefanka
form-video = Fiidiyowga
form-walk = Socod lugeed – waan socanaynaa oo wada hadlaynaa
booking-show-times = Tus waqtiyada bannaan
booking-change-office = Dooro xafiis kale
booking-times-legend = Dooro waqti
booking-times-hint = Waqtiyadu waa waqtiga Noorweey. Wadahadalku wuxuu qaadanayaa { $minutes } daqiiqo.
booking-more-days = Tus maalmo kale
booking-closed-days = Ma jiraan waqtiyo maalmaha fasaxa ah ama maalmaha xafiisku xiran yahay.
booking-no-times = Toddobaadyada soo socda ma jiraan waqtiyo bannaan. Taa beddelkeed, naga codso inaan ku soo wacno.
booking-slot-missing = Dooro waqti.
booking-date = { $weekday }, { $day } { $month }
date-with-year = { $date } { $year }
booking-time = saacadda { $time }
month = { $month ->
    [1] Janaayo
    [2] Febraayo
    [3] Maarso
    [4] Abriil
    [5] Maajo
    [6] Juun
    [7] Luulyo
    [8] Agoosto
    [9] Sebtembar
    [10] Oktoobar
    [11] Nofembar
   *[12] Desembar
}
booking-about-you = Adiga ku saabsan
booking-first-name = Magaca koowaad
booking-first-name-missing = Qor magacaaga koowaad, adigoo isticmaalaya xarfo keliya.
booking-contact-hint = Qor lambarka moobilkaaga ama iimaylkaaga, si aan kuugu jawaabno.
booking-mobile = Lambarka moobilka
booking-email = Iimayl
booking-mobile-invalid = Qor lambar moobil oo Noorweeji ah oo ka kooban 8 god, ama lambar ku bilaabma +.
booking-mobile-country = Koodka SMS waxaan u diri karnaa oo keliya lambarada moobilka ee Noorweey. Qor lambar Noorweeji ah, ama meeshan banaan dhig oo qor iimaylkaaga.
booking-email-invalid = Qor cinwaan iimayl ah sida navn@eksempel.no.
booking-contact-missing = Qor lambarka moobilkaaga ama iimaylkaaga.
booking-send = Dir codsiga
sending = Waa la dirayaa …
characters-count = { $count } ka mid { $max } xaraf
booking-taken = Qof kale ayaa hadda qaatay waqtigaas. Dooro waqti kale.
booking-none-fit-heading = Waqtiyadan midna kuuma habboona?
booking-none-fit-text = Markaas waan ku soo wacaynaa, oo waqti ayaan wada helaynaa.
booking-call-me = I soo wac
booking-call-me-sent = Mahadsanid! Waan ku soo wici doonnaa sida ugu dhakhsaha badan, badanaa laba maalmood oo shaqo gudahood.
booking-state-requested = Waxaan sugaynaa jawaabta lataliyaha
booking-state-requested-text = Lataliyuhu wuxuu kuu jawaabi doonaa ugu dambeyn { $deadline }, fariin ayaadna heli doontaa marka uu jawaabo. Ilaa markaas waqtiga waa laguu hayaa.
booking-state-confirmed = Wadahadalka waa la xaqiijiyay
booking-state-declined = Lataliyuhu ma heli karo waqtigan
booking-state-expired = Codsiga waqtigiisii waa dhacay
booking-state-expired-text = Lataliyuhu kama jawaabin waqtigii loogu talagalay. Dooro waqti cusub, ama na soo wac.
booking-state-withdrawn = Codsiga waad ka noqotay
booking-state-cancelled = Wadahadalka waa la baajiyay
booking-state-completed = Wadahadalku wuu dhammaaday
booking-state-no_show = Wadahadalka kuma aadan iman
booking-when = Goorma
booking-how = Sidee
booking-where = Halkee
booking-how-phone = Lataliyaha ayaa ku soo wacaya.
booking-how-video = Waxaad heli doontaa link wicitaanka fiidiyowga ah ka hor wadahadalka.
booking-how-walk = Waxaan ku kulmaynaa xafiiska bannaankiisa, waxaanan socanaynaa inta aan wada hadlayno.
booking-reason = Fariin ka timid OT
booking-withdraw = Jooji codsigayga
booking-withdraw-confirm = Ma rabtaa inaad joojiso codsigaaga? Lataliyaha waa la ogeysiinayaa, waqtiguna wuxuu u bannaanaanayaa dad kale.
booking-withdraw-yes = Haa, jooji
booking-withdraw-keep = Maya, hay codsigayga
booking-cancel = Baaji wadahadalka
booking-cancel-confirm = Ma rabtaa inaad baajiso wadahadalka { $when }? Lataliyaha waa la ogeysiinayaa, waqtiguna wuxuu u bannaanaanayaa dad kale.
booking-cancel-yes = Haa, baaji wadahadalka
booking-cancel-keep = Maya, hay wadahadalka
booking-cancel-reason = Ma rabtaa inaad sheegto sababta? Waajib kuma aha.
booking-move = U wareeji waqti kale
booking-move-title = Dooro waqti cusub
booking-move-text = Waqtiga hore wuu sii jiraa ilaa lataliyuhu xaqiijiyo kan cusub.
booking-moving = Waxaad codsatay in wadahadalka loo wareejiyo waqti kale. Waqtiga hore wuu sii jiraa ilaa lataliyuhu ka jawaabo.
booking-calendar = Ku soo deji kalandarkaaga (.ics)
booking-book-again = Ballanso waqti cusub
booking-unusable-text = Linkigu ma shaqaynayo. Wac OT, lambarka { $phone }, waan ku caawin doonnaa.
message-booking-subject = Wadahadal aad la yeelanayso { $service }
message-booking-confirmed = Salaan { $name }! Wadahadalkaaga OT waa la xaqiijiyay: { $when }, { $how }. Halkan ka eeg, ka beddel ama ka baaji: { $link }
message-reason-from-ot = Fariin ka timid OT: { $reason }
message-booking-declined = Salaan { $name }! { $when } uma suurtagalo OT. { $reason } Halkan ka dooro waqti cusub: { $link }
message-booking-expired = Salaan { $name }! Ma aanu xaqiijin karin { $when } waqtigii loogu talagalay. Dooro waqti cusub ama na soo wac: { $link }
message-booking-cancelled = Salaan { $name }! OT ayaa baajiyay wadahadalka { $when }. { $reason } Halkan ka ballanso waqti cusub: { $link }
message-booking-cancelled-by-you = Salaan { $name }! Waad baajisay wadahadalka { $when }. Haddii aad rabto waqti cusub, halkan waad ka ballansan kartaa: { $link }
message-booking-requested = Salaan { $name }! Waxaan helnay codsigaaga wadahadalka { $when }. OT ayaa dhowaan kuu jawaabi doona. Halkan waad ka eegi kartaa codsiga, ama waad ka noqon kartaa: { $link }
message-booking-reminder = Salaan { $name }! Xusuuso wadahadalkaaga OT berri: { $when }, { $how }. Halkan ka eeg, ka beddel ama ka baaji: { $link }
booking-code-title = Qor koodhka
booking-code-sent-sms = Waxaan SMS ugu dirnay { $to } koodh ka kooban lix god. Koodhku wuxuu shaqaynayaa 15 daqiiqo. Waqtiga waxaa laguu hayn doonaa oo keliya marka aad qorto koodhka.
booking-code-sent-email = Waxaan iimayl ugu dirnay { $to } koodh ka kooban lix god. Koodhku wuxuu shaqaynayaa 15 daqiiqo. Waqtiga waxaa laguu hayn doonaa oo keliya marka aad qorto koodhka.
booking-code-label = Koodhka
booking-code-hint = Lix god, tusaale ahaan 123456.
booking-code-missing = Qor koodhka lixda god ah ee fariinta ku jira.
booking-code-wrong = Taasi ma aha koodhkii aan dirnay. Eeg fariinta oo isku day mar kale.
booking-code-gone = Koodhku hadda ma shaqeeyo. Codso koodh cusub, ama dooro waqti kale.
booking-code-resend = Ii soo dir koodh cusub
booking-code-resent = Waxaan kuu soo dirnay koodh cusub. Kii hore hadda ma shaqeeyo.
booking-code-last-try = Hal isku day ayaa kuu hadhay. Haddii aadan hubin koodhka, hoos ka codso mid cusub.
booking-code-submit = Xaqiiji oo dir codsiga
booking-code-again = Dooro waqti mar kale
error-too-many-active = Horey waxaad nooga haysataa laba codsi ama ballan. Wac OT haddii aad u baahan tahay mid kale.
message-booking-code-subject = Koodhkaaga ka yimid { $service }
message-booking-code-body = { $code } waa koodhkaaga aad ku ballansanayso wadahadal aad la yeelanayso { $service }. Wuxuu shaqaynayaa 15 daqiiqo. Haddii aadan codsan koodh, iska dhaaf fariintan.
calendar-summary = Wadahadal aad la yeelanayso { $service }

## OT-råd
council-title = Golaha OT
council-lead = Golaha OT waa dhallinyaro mar ka maqnaa dugsi ama shaqo. Waxay OT talo ka siiyaan arrimaha khuseeya dhallinyarada. OT wuxuu ka jawaabaa fikrad kasta.
council-join-link = Codso inaad ku biirto
council-login-link = Xubin ma tahay? Soo gal
council-mandate-heading = Waxa goluhu qabto
council-mandate-1 = Golaha waxaa aasaasay golaha gobolka (fylkestinget) bishii Desembar 2020. Wuxuu u shaqeeyaa sida golaha ardayda: wuxuu talo siiyaa OT, wuxuuna OT kala shaqeeyaa arrimaha khuseeya dhallinyarada.
council-mandate-2 = Goluhu wuxuu kursi ku leeyahay golaha dhallinyarada ee gobolka. Wuxuu ka qayb qaataa doodaha, wuxuuna arrimo u soo bandhigaa guddiga ugu weyn ee waxbarashada (hovedutvalget for utdanning).
council-mandate-3 = Marka OT wax weydiiyo golaha, xubnuhu waxay soo diraan fikradahooda. Fikrad kasta waxay OT ka heshaa xaalad iyo jawaab. Jawaabaha waxay ku qoran yihiin boggan.
council-plan-heading = Qorshaha sannadka
council-plan-empty = Weli waxba kuma jiraan qorshaha sannadka.
council-plan-meeting = Kulan
council-plan-hearing_deadline = Waqtiga ugu dambeeya ee fikradaha
council-plan-report_to_committee = Warbixin loo diro guddiga ugu weyn ee waxbarashada
council-plan-other = Wax kale
council-members-heading = Xubnaha
council-members-empty = Goluhu hadda xubno ma leh.
council-role-leader = guddoomiye
council-role-deputy = guddoomiye ku-xigeen
council-role-member = xubin
council-answers-heading = Fikradaha iyo jawaabaha OT
council-answers-empty = Weli fikrad lama daabicin.
council-answer-from-ot = Jawaabta OT:
council-status-received = Waa la helay
council-status-considering = OT ayaa ka fiirsanaya fikradda
council-status-answered = Waa laga jawaabay
council-status-acted_on = Waa la fuliyay
council-status-not_acted_on = Lama fulin
council-statements-heading = Bayaannada
council-statements-empty = Weli bayaan lama daabicin.
council-minutes-heading = Qoraallada kulamada
council-minutes-empty = Weli qoraal kulan lama daabicin.
council-join-heading = Ku biir Golaha OT
council-join-text = Ma tahay 15 ilaa 24 sano, mar ma ka maqnaan jirtay dugsi ama shaqo? Markaas waad og tahay waxa caawiya. OT wuxuu rabaa inuu taas maqlo. Goluhu wuxuu kulmaa dhowr jeer sannadkii. Waxaad sheegi kartaa fikraddaada marka ay kuu habboon tahay.
council-join-keep-seat = Haddii aad dib ugu noqoto dugsi ama shaqo, golaha waad ku sii jiri kartaa sannadka koowaad.
council-back = Ku noqo Golaha OT
council-apply-title = Codso inaad ku biirto Golaha OT
council-apply-intro = Buuxi foomka. Isku-duwaha golaha ee OT ayaa kula soo xiriiri doona.
council-apply-age = Da'da
council-apply-age-invalid = Da'daada ku qor tiro, tusaale ahaan 17.
council-apply-channel-legend = Sidee ayaad rabtaa inaan kula soo xiriirno?
council-apply-channel-invalid = Dooro SMS ama iimayl. Kadib qor lambarka moobilkaaga ama ciwaanka iimaylkaaga.
council-apply-reason = Maxaad u rabtaa inaad ku biirto? (ikhtiyaari)
council-apply-reason-too-long = Qoraalku wuxuu yeelan karaa ugu badnaan 1000 xaraf.
council-apply-send = Dir codsiga
council-apply-sent-title = Mahadsanid! Waan helnay codsigaaga
council-apply-sent-text = Isku-duwaha golaha ee OT waa loo sheegay.
council-apply-next-heading = Waxa hadda dhacaya
council-apply-next = Isku-duwaha golaha ayaa akhriya codsigaaga, wuxuuna kula soo xiriiraa sida aad dooratay, badanaa laba toddobaad gudahood. Haddii aad ku biirto, waxaad heli doontaa fariin kuu sheegaysa sida aad u soo gasho.
council-login-title = Soo gal Golaha OT
council-login-intro = Qor lambarka moobilka ama iimaylka aad siisay Golaha OT. Haddii aad xubin tahay, waxaan kuu soo diraynaa koodh iyo link.
council-login-contact = Lambarka moobilka ama iimaylka
council-login-contact-invalid = Qor lambar moobil ama cinwaan iimayl.
council-login-send = Ii soo dir koodh
council-code-title = Qor koodhka
council-code-sent = Haddii aad xubin ka tahay Golaha OT, waxaan kuu soo dirnay koodh ka kooban lix god. Koodhku wuxuu shaqaynayaa 15 daqiiqo. Sidoo kale waxaad isticmaali kartaa linkiga fariinta ku jira.
council-code-label = Koodhka
council-code-missing = Qor koodhka lixda god ah.
council-code-gone = Koodhku hadda ma shaqaynayo. Codso koodh cusub.
council-code-new = Codso koodh cusub
council-code-send = Soo gal
council-link-title = Soo gal Golaha OT
council-link-text = Riix badhanka si aad u soo gasho.
council-link-button = Soo gal
council-link-gone = Linkigu hadda ma shaqaynayo. Wuxuu shaqeeyaa hal mar oo keliya, muddo 15 daqiiqo ah.
council-member-title = Golaha OT ee xubnaha
council-member-greeting = Salaan, { $name }!
council-member-back = Ku noqo bogga xubnaha
council-logout = Ka bax
council-hearings-heading = La-tashiyada
council-hearings-empty = Hadda ma jiraan la-tashiyo.
council-hearing-deadline = Waqtiga ugu dambeeya: { $deadline }
council-hearing-open = Waad soo diri kartaa fikraddaada
council-hearing-closed = Waqtigii wuu dhammaaday
council-hearing-closed-text = Waqtigii wuu dhammaaday. Waxaad akhrisan kartaa fikradaha iyo jawaabaha OT.
council-hearing-question = Su'aasha
council-hearing-background = Asalka arrinta
council-meetings-heading = Kulamada
council-meetings-empty = Ma jiro kulan la qorsheeyay.
council-meeting-calendar = Ku dar kalandarkaaga (.ics)
council-meeting-minutes = Qoraalka kulanka
council-input-heading = Fikraddaada
council-input-label = Fikraddaada
council-input-missing = Qor fikraddaada (ugu badnaan 2000 xaraf).
council-input-hide-name = Magacayga ka qari xubnaha kale (OT had iyo jeer wuu arkaa)
council-input-send = Dir fikraddaada
council-input-yours = Fikraddaada
council-input-change = Beddel fikraddaada
council-input-save = Kaydi isbeddelka
council-input-withdraw = Ka noqo fikraddaada
council-input-pending = OT ayaa marka hore eegaya, kadibna xubnaha kale ayaa akhrin kara.
council-input-hidden = OT ayaa qariyay: { $reason }
council-input-anonymous = Xubin
council-others-heading = Fikradaha kuwa kale
council-supports = { $count ->
    [0] Weli cidna ma taageerin tan
    [one] Hal qof ayaa taageeraya tan
   *[other] { $count } qof ayaa taageeraya tan
}
council-support = Taageer
council-support-of = Taageer fikradda { $name }
council-unsupport = Ka noqo taageerada
council-unsupport-of = Ka noqo taageerada fikradda { $name }
council-comment-label = Faallo ku saabsan fikradda { $name }
council-comment-missing = Qor faalladaada (ugu badnaan 1000 xaraf).
council-comment-send = Dir faallada
council-comment-withdraw = Ka noqo faalladaada
council-report = U sheeg OT
council-report-comment = U sheeg OT faalladan
council-report-reason = Maxaa khaldan? (ikhtiyaari)
council-report-send = U dir OT
council-saved = Waa la kaydiyay.
council-sent = Mahadsanid! Fikradaada waa la diray. Tan ayaad qortay:
council-closed-error = Waqtigii wuu dhammaaday, sidaa darteed tan lama beddeli karo.
council-not-allowed = Taas kuma samayn kartid fikraddan.
message-council-login-subject = Soo gal Golaha OT – { $service }
message-council-login-body = { $code } waa koodhkaaga aad ku soo gelayso Golaha OT. Wuxuu shaqaynayaa hal mar oo keliya, muddo 15 daqiiqo ah. Sidoo kale waxaad ku soo geli kartaa linkigan: { $link } Haddii aadan codsan, iska dhaaf fariintan.
message-council-answer-subject = OT wuxuu ka jawaabay fikraddaada
message-council-answer-body = Salaan { $name }! OT wuxuu ka jawaabay fikraddaada ku saabsan “{ $hearing }”. Soo gal oo halkan ka akhri jawaabta: { $link }
message-council-admitted-subject = Ku soo dhawoow golaha OT ee { $service }
message-council-admitted-body = Haye { $name }! Waxaa lagu aqbalay golaha OT. Ku gal lambarka taleefanka ama iimaylka aad ku codsatay, waxaadna heli doontaa koodh: { $link }
message-council-declined-subject = Ku saabsan codsigaaga golaha OT ee { $service }
message-council-declined-body = Haye { $name }! Waad ku mahadsan tahay inaad codsatay inaad ku biirto golaha OT. Markan meel laguuma helin. Weli waad la socon kartaa golaha oo ra'yigaaga halkan ku dhiibi kartaa: { $link }

## Tall
figures-title = Tirooyin: OT ma gaaraa qof kasta?
figure-table-show = Ku muuji tirooyinka shax
figures-lead = OT waa inuu ogaadaa dhammaan dhallinyarada kooxda loogu talagalay, oo uu la xiriiraa mid kasta. Halkan waxaa ku qoran tirooyinka dalka oo dhan iyo kuwa gobolka, iyo waxa Neste steg ilaa hadda muujinayo.
figures-fewer-than-five = ka yar 5
figures-hidden = qarsoon
figures-too-few = aad u yar, lama muujin karo
figures-count = Tirada
figures-year = Sannadka
figures-county = Gobolka
figures-share = Saamiga
figures-group = Kooxda
figures-group-unknown_activity = Hawl aan la garanayn
figures-group-follow_up = Ku jira daba-gal iyo hanuunin
figures-group-in_activity = Hawl ku jira
figures-group-clarified = Xaaladdooda waa la caddeeyay
figures-group-not_in_target_group = Kuma jiraan kooxda loogu talagalay
figures-national-heading = Dhallinyarada OT la socdo dalka oo dhan
figures-national-caption = Dhallinyarada OT la socday bishii Juun, dalka oo dhan
figures-counties-heading = Gobollada bishii Juun 2024
figures-counties-caption = Dhallinyarada OT la socday bishii Juun 2024, gobol-gobol
figures-unreached-heading = Dhallinyarada OT la xiriiri waayay
figures-unreached-caption = Saamiga dhallinyarada OT la xiriiri waayay 2024, gobollada uu saamigu ugu sarreeyo
figures-vestfold-heading = Vestfold, 15 Juun 2024
figures-vestfold-text = { $registered } dhallinyaro ah ayaa laga diiwaangeliyay OT ee Vestfold. Waxaa ka mid ahaa { $target } oo ku jiray kooxda loogu talagalay, iyo { $outside } oo ka baxsanaa.
figures-vestfold-caption = Dhallinyarada kooxda loogu talagalay ee Vestfold 15 Juun 2024, sida kooxaha waaweyn
figures-source-udir = Isha: Agaasinka Waxbarashada iyo Tababarka ee Noorweey (Udir), tirooyinka Juun, la daabacay Agoosto 2024.
figures-source-vestfold = Isha: OT Vestfold, warbixinta sannadlaha ah 2023/24. Taariikhda tirinta: 15 Juun 2024.
figures-portal-heading = Tirooyin ka yimid Neste steg: { $service }
figures-portal-period = Muddada
figures-portal-sent = Codsiyada la diray
figures-portal-answered = Jawaabaha
figures-portal-rate = Saamiga kuwa jawaabay
figures-portal-median = Maalmaha ilaa jawaabta (qiimaha dhexe)
figures-portal-groups-caption = Dhallinyarada sida kooxaha waaweyn, taariikhda tirinta { $date }
figures-portal-no-count-date = Neste steg weli ma laha taariikh tirin.
figures-suppression = Ma muujinno tirooyinka ka yar 5, mana muujinno tirooyin kale oo iyaga lagu xisaabin karo. Sidaas darteed qofna lama aqoonsan karo.
