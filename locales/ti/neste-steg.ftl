# Neste steg — Tigrinya. Translated by the team; not yet reviewed by a qualified translator.
service-name = Neste steg
skip-to-content = ናብ ትሕዝቶ ሕለፉ
menu = ሜኑ
nav-label = ቀንዲ ሜኑ
language-picker = ቋንቋ – Language
home-title = ቀዳማይ ገጽ
home-heading = እንታይ ክትገብሩ ትደልዩ?
home-lead = ኣገልግሎት ክትትል (OT) ዕድመኹም ካብ 15 ክሳብ 24 ዓመት ኮይኑ ኣብ ትምህርቲ ወይ ኣብ ስራሕ እንተ ዘይሃሊኹም ይሕግዘኩም። ኣብዚ ንOT ክትምልሱ፣ ብዛዕባ መሰላትኩም ከተንብቡን ቆጸራ ንዝርርብ ክትሕዙን ትኽእሉ ኢኹም።
home-no-thanks = ባዕልኹም ኢኹም እትውስኑ። «ኣይፋል፣ የቐንየለይ» ምባል ጸገም የብሉን።
task-answer = ንOT ምለሱ
task-answer-text = ካብ OT መልእኽቲ ወይ ደብዳቤ በጺሑኩም ድዩ? ኣብዚ ምለሱ። ሓደ ደቒቕ ጥራይ ይወስድ።
task-rights = መሰላትኩም
task-rights-text = እንታይ መሰል ከም ዘለኩም፣ OT ድማ እንታይ ክገብረልኩም ከም ዘለዎ።
task-guardians = ንወለዲ ወይ ኣሳደግቲ
task-guardians-text = ንወለዲ ወይ ኣሳደግቲ ናይ ትሕቲ 18 ዓመት መንእሰያት።
task-booking = ቆጸራ ንዝርርብ ሓዙ
task-booking-text = ዝጥዕመኩም ግዜ ምረጹ፦ ኣብ ቤት ጽሕፈት፣ ብተሌፎን፣ ብቪድዮ ወይ ብእግሪ እናተዛወርና።
task-council = ቤት ምኽሪ OT (OT-rådet)
task-council-text = ንOT ምኽሪ ዝህቡ መንእሰያት። መግለጺታቶም ኣንብቡ፣ ወይ ናትኩም ርእይቶ ሃቡ።
task-staff = መእተዊ ንሰራሕተኛታት
contact-heading = ርክብን ቤት ጽሕፈታትን
contact-lead = ምስ OT ብቐጥታ ክትራኸቡ ትኽእሉ ኢኹም። ናይ ምሕዋል ወረቐት (henvisning) ኣየድልየኩምን።
contact-phone = ተሌፎን:
contact-email = ኢመይል:
contact-opening-hours = ሰዓታት ስራሕ
weekday = { $day ->
    [1] ሰኑይ
    [2] ሰሉስ
    [3] ረቡዕ
    [4] ሓሙስ
    [5] ዓርቢ
    [6] ቀዳም
   *[7] ሰንበት
}
privacy-heading = ብሕትውና
accessibility-heading = መግለጺ ተበጻሕነት
not-found-title = እቲ ገጽ ኣይተረኽበን
not-found-heading = እቲ ገጽ ክንረኽቦ ኣይከኣልናን
not-found-text = እቲ ሊንክ ጌጋ ክኸውን ይኽእል፣ ወይ እቲ ገጽ ናብ ካልእ ቦታ ተሰጋጊሩ ክኸውን ይኽእል።
not-found-home = ናብ ቀዳማይ ገጽ ኪዱ
error-not-found = ዝደለኹምዎ ክንረኽብ ኣይከኣልናን።
error-invalid-input = ኣብቲ ቅጥዒ ክእረም ዘለዎ ነገር ኣሎ።
error-conflict = ካልእ ሰብ ብተመሳሳሊ ግዜ ነዚ ቀይርዎ። እንደገና ፈትኑ።
error-internal = ኣብ ወገና ጌጋ ኣጋጢሙ። ድሕሪ ቁሩብ እንደገና ፈትኑ። ቀደም ዝሰደድኩምዎም መልስታት ተዓቂቦም ኣለዉ።
error-network = ምስ ሰርቨር ክንራኸብ ኣይከኣልናን። ኢንተርነትኩም ኣረጋግጹ እሞ እንደገና ፈትኑ።
error-forbidden-origin = እቲ ቅጥዒ ካብ Neste steg ስለ ዘይመጸ፣ ዋላ ሓደ ነገር ኣይገበርናን። ናብቲ ገጽ ተመለሱ እሞ እንደገና ፈትኑ።
error-summary-title = ክእረም ዘለዎ ነገር ኣሎ
error-sign-in = ነዚ ገጽ ንምርኣይ ክትኣትዉ (log in ክትገብሩ) ኣለኩም።
error-wrong-credentials = ኣድራሻ ኢመይል ወይ ቃል ምሕላፍ (password) ጌጋ እዩ።
error-account-disabled = ኣካውንትኩም ተዓጽዩ ኣሎ። ምስ ሓደ ኣመሓዳሪ ናይ OT ተራኸቡ።
error-throttled = ኣብ ሓጺር ግዜ ብዙሕ ፈተነታት ተገይሩ። ርብዒ ሰዓት ተጸበዩ እሞ እንደገና ፈትኑ።

## Answer from a link or a code (youth)
answer-title = መልሲ ናብ OT
answer-greeting = ሰላም፣ { $name }!
answer-intro = { $service } ሕጂ እንታይ ትገብሩ ከም ዘለኹም ክፈልጥ ይደሊ። ሽዑ ሓገዝ እንተ ኣድልዩኩም ክንሕግዘኩም ንኽእል። ሓደ ደቒቕ ጥራይ ይወስድ።
answer-continue = ቀጽሉ
answer-your-answer = መልስኹም: { $activity }
answer-change = መልሲ ቀይሩ
answer-activity-question = ሕጂ እንታይ ትገብሩ ኣለኹም?
answer-activity-hint = ዝበለጸ ዝሰማማዕ ምረጹ።
answer-activity-missing = ንዓኹም ዝበለጸ ዝሰማማዕ ምረጹ።
activity-school = ኣብ ካልኣይ ደረጃ ቤት ትምህርቲ (videregående skole) እመሃር ኣለኹ
activity-private_school = ኣብ ብሕታዊ ቤት ትምህርቲ እመሃር ኣለኹ
activity-apprenticeship = ተለማማዲ ሞያ (lærling) ወይ ሕጩ ስልጠና (lærekandidat) እየ
activity-work = እሰርሕ ኣለኹ
activity-military_service = ኣብ ወተሃደራዊ ኣገልግሎት (førstegangstjeneste) እየ
activity-home_with_child = ምስ ቆልዓ ኣብ ገዛ እየ
activity-ill_or_institution = ሕሙም እየ ወይ ኣብ ትካል ክንክን እነብር ኣለኹ
activity-course = ኣብ ህዝባዊ ላዕለዋይ ቤት ትምህርቲ (folkehøgskole) ወይ ካልእ ኮርስ እመሃር ኣለኹ
activity-moved_county = ናብ ካልእ ዞባ (fylke) ግዒዘ ኣለኹ
activity-moved_abroad = ናብ ካልእ ሃገር ግዒዘ ኣለኹ
activity-wants_help = ሓገዝ ወይ ዝርርብ እደሊ
activity-no_thanks = ኣይፋል፣ የቐንየለይ። ሓገዝ ኣየድልየንን
answer-next = ዝቕጽል
answer-details-question = ተወሳኺ ክትነግሩና ትደልዩ ዶ?
answer-details-hint = ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም። ንኣብነት ስም ቤት ትምህርትኹም ወይ ስራሕኩም ጽሓፉ።
answer-details-too-long = እቲ ጽሑፍ ብዝበዝሐ 1000 ፊደላት ክህልዎ ይኽእል።
answer-contact-question = OT ብኸመይ ክራኸበኩም ትደልዩ?
answer-channels-legend = ሓደ ወይ ልዕሊኡ መንገዲ ምረጹ
answer-channels-missing = ክንራኸበኩም እንኽእለሉ እንተ ወሓደ ሓደ መንገዲ ምረጹ።
answer-contact-mobile-hint = ቁጽሪ ሞባይልኩም የብልናን። SMS ወይ ደወል እንተደሊኹም ኣብዚ ጽሓፉዎ።
answer-contact-email-hint = ኣድራሻ ኢመይልኩም የብልናን። ኢመይል እንተደሊኹም ኣብዚ ጽሓፉዎ።
answer-contact-letter-hint = ቁጽሪ ሞባይል ወይ ኢመይል የብልናን። ክንራኸበኩም እንኽእለሉ ጽሓፉ።
answer-mobile-needed = SMS ክንሰደልኩም ወይ ክንድውለልኩም ቁጽሪ ሞባይልኩም ጽሓፉ።
answer-email-needed = ኢመይል ክንሰደልኩም ኣድራሻ ኢመይልኩም ጽሓፉ።
channel-sms = SMS
channel-call = ተሌፎን
channel-email = ኢመይል
answer-time-legend = ኣየናይ ግዜ ይጥዕመኩም?
answer-time-missing = ዝጥዕመኩም ግዜ ምረጹ።
contact-time-any = ዝኾነ ግዜ ኣብ መዓልቲ
contact-time-morning = ቅድሚ ሰዓት 12 ቀትሪ
contact-time-afternoon = ኣብ መንጎ ሰዓት 12 ቀትሪ ክሳብ ሰዓት 16 (4 ድሕሪ ቀትሪ)
contact-time-evening = ድሕሪ ሰዓት 16 (4 ድሕሪ ቀትሪ)
answer-send = መልሲ ስደዱ
answer-receipt-title = የቐንየልና! መልስኹም በጺሑና ኣሎ
answer-receipt-reference = ናይ መወከሲ ቁጽርኹም (referanse):
answer-receipt-next-heading = ሕጂ እዚ ይኸውን
answer-receipt-next = ሓደ ኣማኻሪ ናይ OT መልስኹም የንብቦ። ሓገዝ እንተ ደሊኹም፣ ብዝመረጽኩምዎ መንገዲ ክንራኸበኩም ኢና። ከምኡ'ውን ናብ { $phone } ክትድውሉልና ትኽእሉ ኢኹም።
answer-book = ምስ ኣማኻሪ ቆጸራ ንዝርርብ ሓዙ
answer-handled-title = መልስኹም በጺሑና ኣሎ
answer-handled-text = ሓደ ኣማኻሪ መልስኹም ኣንቢቡዎ ኣሎ። ገለ ነገር ክትቅይሩ እንተ ደሊኹም፣ ናብ OT ደውሉ፦ { $phone }።
answer-unusable-title = እቲ ሊንክ ኣይሰርሕን
answer-unusable-text = ግዜ ናይቲ ሊንክ ሓሊፉ ክኸውን ይኽእል፣ ወይ ጌጋ ተጻሒፉ ክኸውን ይኽእል። ናብ OT ደውሉ ({ $phone })፣ ወይ ነቲ ኣብ ደብዳቤኹም ዘሎ ኮድ ተጠቐሙ።
answer-throttled-text = ካብዚ መሳርሒ ብዙሕ ፈተነታት ተገይሩ። ርብዒ ሰዓት ተጸበዩ እሞ እንደገና ፈትኑ፣ ወይ ናብ OT ደውሉ ({ $phone })።
answer-code-link = ካብ ደብዳቤ ዝረኸብክዎ ኮድ ኣሎኒ
answer-code-title = ብኮድ ናይቲ ደብዳቤ ምለሱ
answer-code-intro = እቲ ኮድ ኣብቲ ካብ OT ዝመጸ ደብዳቤ ተጻሒፉ ኣሎ። ሸሞንተ ፊደላት ወይ ቁጽርታት ኣለዎ።
answer-code-label = ኮድ ካብቲ ደብዳቤ
answer-code-wrong = ነዚ ኮድ ክንረኽቦ ኣይከኣልናን። ብትኽክል ከም ዝጸሓፍኩምዎ ኣረጋግጹ፣ ወይ ናብ OT ደውሉ።
answer-code-missing = ነቲ ኣብ ደብዳቤኹም ዘሎ ኮድ ኣእትዉ።

## SMS and e-mail messages
message-contact-subject = መልእኽቲ ካብ { $service }
message-contact-body = ሰላም { $name }! { $service } ሕጂ እንታይ ትገብሩ ከም ዘለኹም ክፈልጥ ይደሊ። ኣብዚ ምለሱ፣ ሓደ ደቒቕ ጥራይ ይወስድ: { $link } ኮድኩም { $code } እዩ። ምስ ሰላምታ፣ OT
message-reminder-body = እንደገና ሰላም { $name }! ገና ካባኹም ኣይሰማዕናን። ኣብዚ ምለሱ: { $link } ምስ ሰላምታ፣ { $service }
message-guardian-subject = ሓበሬታ ካብ { $service }
message-guardian-body = ሰላም! { $service } ንውላድኩም ጽሒፉ ኣሎ። ብዛዕባ መሰላት መንእሰያትን OT እንታይ ክሕግዝ ከም ዝኽእልን ኣብዚ ከተንብቡ ትኽእሉ ኢኹም: { $link } ምስ ሰላምታ፣ OT

## Information pages: rights, parents and guardians, offers, follow-up, privacy
info-law = ሕጋዊ መሰረት
info-related = ከምኡ'ውን ኣንብቡ
info-printed = ዕለት { $date } ካብ { $url } ዝተሓትመ
rights-title = መሰላትኩም
rights-lead = ዕድመኹም ካብ 15 ክሳብ 24 ዓመት ድዩ? ኣብ ትምህርቲ የለኹምን፣ ስራሕ'ውን የብልኩምን ድዩ? ሽዑ OT ክሕግዘኩም ኣለዎ።
rights-who-heading = OT ንመን እዩ?
rights-who-1 = OT ማለት Oppfølgingstjenesten (ኣገልግሎት ክትትል) እዩ። ኩሎም ዞባታት (fylker) ከምዚ ዓይነት ኣገልግሎት ኣለዎም።
rights-who-2 = OT ናይ ካልኣይ ደረጃ ትምህርቲ (videregående opplæring) መሰል ንዘለኩም እዩ። ኣብ ትምህርቲ የለኹምን፣ ስራሕ'ውን የብልኩምን።
rights-who-3 = OT ክሳብ መወዳእታ ናይታ 24 ዓመት እትመልኡላ ዓመት ንዓኹም እዩ።
rights-who-4 = ባዕልኹም ክትራኸቡ ትኽእሉ ኢኹም። ዝኾነ ቅጥዒ ወይ ናይ ምሕዋል ወረቐት ኣየድልየኩምን።
rights-school-heading = ናይ ካልኣይ ደረጃ ትምህርቲ መሰል ኣለኩም
rights-school-1 = ካልኣይ ደረጃ ቤት ትምህርቲ ክትመሃሩ መሰል ኣለኩም። ኣብ ቤት ትምህርቲ፣ ከም ተለማማዲ ሞያ ወይ ብኻልእ መንገዲ ክትመሃሩ ትኽእሉ ኢኹም።
rights-school-2 = OT እንታይ ከም ዝሰማማዓኩም ክትፈልጡ ይሕግዘኩም።
rights-duty-heading = OT ንዓኹም እዚ ክገብር ኣለዎ
rights-duty-1 = OT ኣብ ትምህርቲ ዘየለን ስራሕ ዘይብሉን መን ምዃኑ ክፈልጥ ኣለዎ።
rights-duty-2 = OT ብዛዕባ መሰላትኩም ብጽሑፍ ሓበሬታ ክህበኩም ኣለዎ። እዚ ገጽ ሓደ ክፋል ናይዚ እዩ።
rights-duty-3 = OT ምሳኹም ክራኸብን ምኽሪ ከቕርበልኩምን ኣለዎ።
rights-duty-4 = OT ሓደ ዕድል ከቕርበልኩም ኣለዎ። ትምህርቲ፣ ስራሕ፣ ኮርስ ወይ ካልእ ነገር ክኸውን ይኽእል።
rights-duty-5 = OT ክሳብ ዘድልየኩም ብዝርርባት ክከታተለኩም ኣለዎ።
rights-no-heading = ባዕልኹም ኢኹም እትውስኑ
rights-no-1 = «ኣይፋል፣ የቐንየለይ» ክትብሉ ትኽእሉ ኢኹም። እዚ ጸገም የብሉን።
rights-no-2 = ድሒርኩም ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም። ሽዑ እንደገና ጥራይ ተራኸቡና።
rights-law = Forskrift til opplæringslova §§ 13-1 til 13-4 (ደንቢ ሕጊ ትምህርቲ፣ §§ 13-1 ክሳብ 13-4)። Opplæringslova (2023) § 9-4 (ሕጊ ትምህርቲ)።
guardians-title = ንወለዲ ወይ ኣሳደግቲ
guardians-lead = ወላዲ ወይ ኣሳዳጊ ናይ ትሕቲ 18 ዓመት መንእሰይ ዲኹም? ኣብዚ እቲ መንእሰይ እንታይ መሰል ከም ዘለዎን OT እንታይ ከም ዝገብርን ከተንብቡ ትኽእሉ ኢኹም።
guardians-why-heading = ስለምንታይ እዚ ሓበሬታ ይበጽሓኩም ኣሎ?
guardians-why-1 = OT ንኹሎም ኣብ ጉጅለ ዕላማ (målgruppe) ዘለዉ መንእሰያት ብጽሑፍ ሓበሬታ ክህብ ኣለዎ። ወለዲ ወይ ኣሳደግቲ ናይ ትሕቲ 18 ዓመት መንእሰያት'ውን ተመሳሳሊ ሓበሬታ ክረኽቡ ኣለዎም።
guardians-why-2 = እቲ መንእሰይ ካብ OT ናቱ መልእኽቲ ተቐቢሉ ኣሎ። መልስታት ናይቲ መንእሰይ ናባኹም ኣይንሰድን ኢና።
guardians-rights-heading = እቲ መንእሰይ እንታይ መሰል ኣለዎ?
guardians-rights-1 = እቲ መንእሰይ ናይ ካልኣይ ደረጃ ትምህርቲ (videregående opplæring) መሰል ኣለዎ። OT ኣብ ትምህርቲ ዘየለዉን ስራሕ ዘይብሎምን መንእሰያት እዩ፣ ክሳብ መወዳእታ ናይታ 24 ዓመት ዝመልኡላ ዓመት።
guardians-rights-2 = OT ክራኸብ፣ ምኽሪ ክህብን ናይ ትምህርቲ፣ ስራሕ ወይ ካልእ ስልጠና ዕድል ከቕርብን ኣለዎ። OT ክሳብ ዘድሊ ይከታተል።
guardians-help-heading = ብኸመይ ክትሕግዙ ትኽእሉ?
guardians-help-1 = ምስቲ መንእሰይ ብዛዕባ እንታይ ከም ዝደሊ ተዛረቡ። ንOT «ኣይፋል፣ የቐንየለይ» ምባል ይፍቀድ እዩ።
guardians-help-2 = እንተ ተሻቒልኩም ባዕልኹም ናብ OT ክትድውሉ ትኽእሉ ኢኹም። ናይ ምሕዋል ወረቐት ኣየድልየኩምን።
guardians-18-heading = እቲ መንእሰይ 18 ዓመት ምስ መልአ
guardians-18-1 = ሽዑ እቲ መንእሰይ ሕጋዊ ዕድመ በጺሑ ማለት እዩ። OT ግዴታ ምሕላው ምስጢር ኣለዎ፣ እቲ መንእሰይ «እወ» እንተ ዘይበለ ድማ ዋላ ሓንቲ ክነግረኩም ኣይክእልን።
guardians-18-2 = እቲ መንእሰይ ንOT ምሳኹም ክዛረብ ፍቓድ ክህቦ ይኽእል። ነቲ መንእሰይ ሕተትዎ።
guardians-law = Forskrift til opplæringslova § 13-3 bokstav b (ደንቢ ሕጊ ትምህርቲ § 13-3፣ ፊደል b)። Forvaltningsloven § 13 (ሕጊ ህዝባዊ ምምሕዳር) ብዛዕባ ግዴታ ምሕላው ምስጢር።
offers-title = OT እንታይ ከቕርብ ይኽእል
offers-lead = OT ምሳኹም ብሓባር ዝሰማማዓኩም ዕድል ይረክብ። ኣብዚ ገለ ኣብነታት ኣለዉ።
offers-1 = ዝርርባት፣ ከምኡ'ውን ቤት ትምህርቲ፣ ዓይነት ትምህርቲ ወይ ስራሕ ንምምራጽ ሓገዝ።
offers-2 = ኣብ ንቡር ቦታ ስራሕ ልምምድ ስራሕ (praksis)፣ ብጥቡቕ ክትትል። እዚ ናብ ቦታ ልምምድ ሞያ (læreplass) ከብጽሕ ይኽእል።
offers-3 = ኮርሳትን ንጥፈታትን፣ ንኣብነት ንጥፈታት ኣብ ተፈጥሮ፣ ስነ-ጥበብን ስፖርትን።
offers-4 = ትምህርቲ ኣብ ዝተፈላለዩ ዓይነታት ትምህርቲ፣ ከም ውልቃዊ ተፈታኒ (privatist) ፈተና ክትወስዱ ምእንቲ።
offers-5 = ምስ NAV ከምኡ'ውን ምስ ካልኦት ንምትሕብባር ሓገዝ፣ በይንኹም ናብ ብዙሓት ቦታታት ከይትኸዱ።
offers-law = Forskrift til opplæringslova §§ 13-1 og 13-4 (ደንቢ ሕጊ ትምህርቲ፣ §§ 13-1 ከምኡ'ውን 13-4)።
followup-title = ክትትል ብኸመይ ይካየድ
followup-lead = ኣብዚ ምስ OT ክትራኸቡ ከለኹም እንታይ ከም ዝኸውን ከተንብቡ ትኽእሉ ኢኹም።
followup-talk-heading = እቲ ቀዳማይ ዝርርብ
followup-talk-1 = ምስ ሓደ ኣማኻሪ ትራኸቡ። ብዛዕባ ከመይ ከም ዘለኹምን እንታይ ከም እትደልዩን ትዘራረቡ።
followup-talk-2 = እትኣምንዎ ሰብ ምሳኹም ከተምጽኡ ትኽእሉ ኢኹም።
followup-plan-heading = መደብኩም
followup-plan-1 = ብሓባር መደብ ተዳልዉ። እቲ መደብ እንታይ ከም እትገብሩን OT እንታይ ከም ዝገብርን ይገልጽ።
followup-plan-2 = እቲ መደብ ኣብ ዝደለኹምዎ ግዜ ክቕየር ይኽእል።
followup-no-heading = «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም
followup-no-1 = ካብ OT ሓገዝ ምርካብ ብድሌትኩም እዩ። «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም፣ ድሒርኩም'ውን ክትምለሱ ትኽእሉ ኢኹም።
followup-law = Forskrift til opplæringslova § 13-3 bokstav c til e (ደንቢ ሕጊ ትምህርቲ § 13-3፣ ፊደል c ክሳብ e)።
privacy-lead = ኣብዚ OT ብዛዕባኹም እንታይ ከም ዝፈልጥ፣ ስለምንታይ፣ ከምኡ'ውን ብኸመይ ክትርእይዎ ከም እትኽእሉ ተጻሒፉ ኣሎ።
privacy-knows-heading = OT ብዛዕባኹም እንታይ ይፈልጥ
privacy-knows-1 = ስምኩም፣ ኣድራሻኹም፣ ከምኡ'ውን ቁጽሪ ተሌፎንኩም ወይ ኢመይልኩም፣ እንተ ሂብኩምና።
privacy-knows-2 = ኣየናይ ቤት ትምህርቲ ከም ዝተማሃርኩም፣ ከምኡ'ውን ንእንታይ ከም ዝሓተትኩም፣ እንታይ ከም ዝጀመርኩምን ከም ዘቋረጽኩምን።
privacy-knows-3 = ነጥብታትኩም (ውጽኢት ትምህርቲ)፣ ከምኡ'ውን ኣየኖት መሰላት ከም ዝተረፉኹም።
privacy-knows-4 = ባዕልኹም ኣብዚ ዝመለስኩምልና፣ ከምኡ'ውን ካብ ዝርርባት ምሳኹም ዝተጻሕፉ መዘኻኸሪታት።
privacy-why-heading = ስለምንታይን ብኣየናይ ሕጋዊ መሰረትን
privacy-why-1 = እቲ ዞባ ኣብ ጉጅለ ዕላማ ዘለዉ መንእሰያት መን ምዃኖም ክፈልጥን ዕድል ከቕርበሎምን ኣለዎ። እዚ ኣብ forskrift til opplæringslova § 13-3 (ደንቢ ሕጊ ትምህርቲ) ተጻሒፉ ኣሎ።
privacy-why-2 = ነቲ ሓበሬታ ንዓኹም ንምሕጋዝ ጥራይ ኢና እንጥቀመሉ። ሕጊ እንተ ዘይፈቒዱ ወይ ንስኹም «እወ» እንተ ዘይበልኩም፣ ምስ ካልኦት ኣይንካፈሎን።
privacy-keep-heading = ክሳብ ክንደይ ግዜ ንዕቅቦ
privacy-keep-1 = ሓበሬታኹምን መልስታትኩምን ኣብ ጉጅለ ዕላማ ክሳብ ዘለኹም ንዕቅቦ፦ ክሳብ መወዳእታ እታ { $age } ዓመት እትመልኡላ ዓመት። ኣብ መልእኽትታት ዘለዉ ሊንክታት ን { $days } መዓልቲ ይሰርሑ።
privacy-keep-2 = ጠለባት ዝርርብን ዝተቖጸሩ ዝርርባትን ድሕሪ እቲ ዝርርብ ብ { $days } መዓልቲ ንድምስሶም። ሊንክ ናይቲ ዝርርብ፣ እቲ ዝርርብ ምስ ተወድአ ን { $link_days } መዓልቲ ይሰርሕ።
privacy-keep-3 = ዝሰደድናልኩም መልእኽትታት፣ ምስቲ ቁጽሪ ወይ ኢመይል ኣድራሻ፣ ድሕሪ ምድላዎም ብ { $days } መዓልቲ ንድምስሶም።
privacy-keep-4 = ኮድታት፣ ናይ ምእታው ፈተነታትን ካልኦት ኣሰራት ኣጠቓቕማ ቅጥዕታትን ድሕሪ 24 ሰዓት ንድምስሶም።
privacy-see-heading = ሓበሬታ ምርኣይ ወይ ምእራም
privacy-see-1 = ብዛዕባኹም ዝዓቀብናዮ ክትርእዩ፣ ጌጋታት'ውን ከም ዝእረሙ ክትገብሩ መሰል ኣለኩም። ምስ OT ተራኸቡ።
privacy-see-2 = ሓበሬታኹም ዝርእዩ ኩሎም ሰራሕተኛታት ይምዝገቡ።
privacy-law = Personvernforordningen artikkel 6 nr. 1 bokstav e og artikkel 15 og 16 (ሓፈሻዊ ደንቢ ሓለዋ ውልቃዊ ሓበሬታ፣ GDPR)። Forskrift til opplæringslova § 13-3 (ደንቢ ሕጊ ትምህርቲ)።

## Accessibility statement and translations
accessibility-lead = ኩሉ ሰብ Neste steg ክጥቀም ክኽእል ኣለዎ። እዚ ንዓኹም'ውን ይምልከት፣ መንበቢ ስክሪን (screen reader) ወይ ኪቦርድ ጥራይ እንተ ተጠቒምኩም፣ ወይ ነቲ ስክሪን እንተ ኣግፊሕኩም (zoom)።
accessibility-standard-heading = እንኽተሎም ጠለባት
accessibility-standard-1 = ኣብ ኖርወይ ዘለዉ መንግስታዊ ናይ ኢንተርነት ገጻት WCAG 2.1 ኣብ ደረጃ AA ክኽተሉ ኣለዎም። እዚ ኩሉ ሰብ ክጥቀመሉ ዝኽእል ናይ ኢንተርነት ገጻት መለክዒ (standard) እዩ።
accessibility-test-heading = ብኸመይ ከም እነረጋግጾ
accessibility-test-1 = Neste steg ኣብ ዝቐየርናዮ ግዜ ኩሉ፣ ነቶም ገጻት ኣብ ንእሽቶ ሞባይል ብብራውዘር ንፍትኖም። ምስ JavaScriptን ብዘይ JavaScriptን፣ ከምኡ'ውን ብመሳርሒ axe ንፍትኖም።
accessibility-test-2 = ኩሉ ነገር ብኪቦርድ ክስራሕ ይከኣል። ኣብ ቅጥዒ ዘሎ ጌጋ ኣብ ጥቓ እቲ ቦታ ምምላእ ከምኡ'ውን ኣብ ላዕሊ ናይቲ ገጽ ኣብ ዘሎ ዝርዝር ይርአ።
accessibility-known-heading = ገና ዘይወዳእናዮ
accessibility-known-1 = ገለ ቋንቋታት ገና ብሞያዊ ተርጓሚ ኣይተረጋገጹን። ሽዑ ኣብ ላዕሊ ናይቲ ገጽ ይጽሓፍ፣ ምስ ሊንክ ናብቲ ብኖርወጅያን bokmål ዝተጻሕፈ ጽሑፍ።
accessibility-known-2 = ገና ነቶም ገጻት ምስ መንበቢ ስክሪን ዝጥቀሙ ሰባት ብሓባር ኣይፈተንናዮምን።
accessibility-feedback-heading = ገለ ነገር እንተ ዘይሰሪሑ ንገሩና
accessibility-feedback-1 = ናብ OT ደውሉ ወይ ጽሓፉ። ተሌፎንን ኢመይልን ኣብ ታሕቲ ናይቲ ገጽ ኣለዉ።
accessibility-feedback-2 = በቲ መልሲ እንተ ዘይዓጊብኩም፣ ናብ Tilsynet for universell utforming av ikt (ተቖጻጻሪ ኣካል ንኹሉ ዝጥዕም ንድፊ ICT) ክትጠርዑ ትኽእሉ ኢኹም። መርበብ ሓበሬታኦም uutilsynet.no እዩ።
accessibility-law = Likestillings- og diskrimineringsloven § 18 (ሕጊ ማዕርነትን ጸረ-ኣድልዎን)። Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger § 4 (ደንቢ ብዛዕባ ንኹሉ ዝጥዕም ንድፊ ናይ ICT)።
translation-notice = እዚ ገጽ ተተርጒሙ እዩ። እቲ ትርጉም ገና ኣይተረጋገጸን።
translation-original = ነቲ ጽሑፍ ብኖርወጅያን bokmål ኣንብቡ

## Booking a conversation (youth)
booking-lead = ቤት ጽሕፈትን ብኸመይ ክትራኸቡና ከም እትደልዩን ምረጹ። ሽዑ ክፉት ግዜታት ክትርእዩ ኢኹም።
booking-office-legend = ናብ ኣየናይ ቤት ጽሕፈት ክትከዱ ትደልዩ?
booking-form-legend = ብኸመይ ክትራኸቡና ትደልዩ?
form-office = ኣብ ቤት ጽሕፈት
form-phone = ብተሌፎን
form-video = ብቪድዮ
form-walk = ብእግሪ – እናተዛወርና ንዘራረብ
booking-show-times = ክፉት ግዜታት ርአዩ
booking-change-office = ካልእ ቤት ጽሕፈት ምረጹ
booking-times-legend = ግዜ ምረጹ
booking-times-hint = እቶም ግዜታት ብሰዓት ኖርወይ እዮም። እቲ ዝርርብ { $minutes } ደቒቕ ይወስድ።
booking-more-days = ተወሳኺ መዓልታት ርአዩ
booking-closed-days = ኣብ መዓልታት በዓል፣ ከምኡ'ውን ቤት ጽሕፈት ዕጹው ኣብ ዝኾነሉ መዓልታት፣ ግዜታት ኣይነቕርብን ኢና።
booking-no-times = ኣብዘን ዝመጻ ሰሙናት ክፉት ግዜ የለን። ኣብ ክንድኡ ክንድውለልኩም ሕተቱና።
booking-slot-missing = ግዜ ምረጹ።
booking-date = { $weekday }፣ { $day } { $month }
booking-time = ሰዓት { $time }
month = { $month ->
    [1] ጥሪ
    [2] ለካቲት
    [3] መጋቢት
    [4] ሚያዝያ
    [5] ግንቦት
    [6] ሰነ
    [7] ሓምለ
    [8] ነሓሰ
    [9] መስከረም
    [10] ጥቅምቲ
    [11] ሕዳር
   *[12] ታሕሳስ
}
booking-about-you = ብዛዕባኹም
booking-first-name = ቀዳማይ ስም
booking-first-name-missing = ቀዳማይ ስምኩም ብፊደላት ጥራይ ጽሓፉ።
booking-contact-hint = ክንምልሰልኩም ምእንቲ፣ ቁጽሪ ሞባይል ወይ ኢመይል ጽሓፉ።
booking-mobile = ቁጽሪ ሞባይል
booking-email = ኢመይል
booking-mobile-invalid = 8 ቁጽርታት ዘለዎ ናይ ኖርወይ ቁጽሪ ሞባይል ጽሓፉ፣ ወይ ብ + ዝጅምር ቁጽሪ።
booking-email-invalid = ከም navn@eksempel.no ዝበለ ኣድራሻ ኢመይል ጽሓፉ።
booking-contact-missing = ቁጽሪ ሞባይል ወይ ኢመይል ጽሓፉ።
booking-send = ጠለብ ስደዱ
sending = ይለኣኽ ኣሎ …
characters-count = { $count } ካብ { $max } ፊደላት
booking-taken = ሓደ ካልእ ሰብ ሕጂ ነቲ ግዜ ሒዝዎ። ካልእ ግዜ ምረጹ።
booking-none-fit-heading = ካብዞም ግዜታት ዝጥዕመኩም የለን ድዩ?
booking-none-fit-text = ሽዑ ንሕና ክንድውለልኩም ኢና፣ ብሓባር ድማ ግዜ ክንረክብ ኢና።
booking-call-me = ደውሉለይ
booking-call-me-sent = የቐንየልና! ብዝተኻእለ መጠን ቀልጢፍና ክንድውለልኩም ኢና፣ መብዛሕትኡ ግዜ ኣብ ውሽጢ ክልተ መዓልታት ስራሕ።
booking-state-requested = ካብቲ ኣማኻሪ መልሲ ንጽበ ኣለና
booking-state-requested-text = እቲ ግዜ ክሳብ { $deadline } ተዓቂቡልኩም ኣሎ። እቲ ኣማኻሪ ምስ መለሰ መልእኽቲ ክበጽሓኩም እዩ።
booking-state-confirmed = እቲ ዝርርብ ተረጋጊጹ ኣሎ
booking-state-declined = ነቲ ኣማኻሪ እዚ ግዜ ኣይጥዕሞን
booking-state-expired = ግዜ ናይቲ ጠለብ ሓሊፉ
booking-state-expired-text = እቲ ኣማኻሪ ብግዜኡ ክምልስ ኣይከኣለን። ሓድሽ ግዜ ምረጹ፣ ወይ ደውሉልና።
booking-state-withdrawn = ነቲ ጠለብ ስሒብኩምዎ ኣለኹም
booking-state-cancelled = እቲ ዝርርብ ተሰሪዙ ኣሎ
booking-state-completed = እቲ ዝርርብ ተኻይዱ ኣሎ
booking-state-no_show = ናብቲ ዝርርብ ኣይመጻእኩምን
booking-when = መዓስ
booking-how = ብኸመይ
booking-where = ኣበይ
booking-how-phone = እቲ ኣማኻሪ ክድውለልኩም እዩ።
booking-how-video = ቅድሚ እቲ ዝርርብ፣ ናይ ቪድዮ ዝርርብ ሊንክ ክበጽሓኩም እዩ።
booking-how-walk = ኣብ ደገ ናይቲ ቤት ጽሕፈት ንራኸብ፣ እናተዘራረብና ድማ ብእግሪ ንዛወር።
booking-reason = መልእኽቲ ካብ OT
booking-withdraw = ነቲ ጠለብ ስሓቡ
booking-cancel = ነቲ ዝርርብ ሰርዙ
booking-cancel-reason = ስለምንታይ ክትነግሩና ትደልዩ ዶ? ግዴታ ኣይኮነን።
booking-move = ናብ ካልእ ግዜ ቀይሩ
booking-move-title = ሓድሽ ግዜ ምረጹ
booking-move-text = እቲ ኣማኻሪ ነቲ ሓድሽ ግዜ ክሳብ ዘረጋግጽ፣ እቲ ናይ ቀደም ግዜ ይሰርሕ።
booking-moving = ነቲ ዝርርብ ናብ ካልእ ግዜ ክትቅይሩ ሓቲትኩም ኣለኹም። እቲ ኣማኻሪ ክሳብ ዝምልስ፣ እቲ ናይ ቀደም ግዜ ይሰርሕ።
booking-calendar = ናብ ካሌንደርኩም ኣውርዱ (.ics)
booking-book-again = ሓድሽ ቆጸራ ሓዙ
booking-unusable-text = እቲ ሊንክ ኣይሰርሕን። ናብ OT ደውሉ ({ $phone })፣ ክንሕግዘኩም ኢና።
message-booking-subject = ዝርርብ ምስ { $service }
message-booking-confirmed = ሰላም { $name }! ምስ OT ዘለኩም ዝርርብ ተረጋጊጹ: { $when }፣ { $how }። ኣብዚ ርአዩ፣ ቀይሩ ወይ ሰርዙ: { $link }
message-reason-from-ot = መልእኽቲ ካብ OT: { $reason }
message-booking-declined = ሰላም { $name }! እቲ ግዜ ({ $when }) ንOT ኣይጥዕሞን። { $reason } ኣብዚ ሓድሽ ግዜ ምረጹ: { $link }
message-booking-expired = ሰላም { $name }! ነቲ ግዜ ({ $when }) ብግዜኡ ከነረጋግጾ ኣይከኣልናን። ሓድሽ ግዜ ምረጹ ወይ ደውሉልና: { $link }
message-booking-cancelled = ሰላም { $name }! OT ነቲ ዝርርብኩም ({ $when }) ሰሪዝዎ። { $reason } ኣብዚ ሓድሽ ቆጸራ ሓዙ: { $link }
message-booking-cancelled-by-you = ሰላም { $name }! ነቲ ዝርርብኩም ({ $when }) ሰሪዝኩምዎ ኣለኹም። ሓድሽ ቆጸራ እንተ ደሊኹም፣ ኣብዚ ክትሕዙ ትኽእሉ ኢኹም: { $link }
message-booking-requested = ሰላም { $name }! ጠለብኩም ንዝርርብ ({ $when }) በጺሑና ኣሎ። OT ኣብ ቀረባ ግዜ ክምልሰልኩም እዩ። ኣብዚ ክትርእይዎ ወይ ክትስሕብዎ ትኽእሉ ኢኹም: { $link }
message-booking-reminder = ሰላም { $name }! ጽባሕ ምስ OT ዘለኩም ዝርርብ ኣይትረስዑ: { $when }፣ { $how }። ኣብዚ ርአዩ፣ ቀይሩ ወይ ሰርዙ: { $link }
booking-code-title = ነቲ ኮድ ኣእትዉ
booking-code-sent-sms = ብSMS ናብ { $to } ሽዱሽተ ቁጽርታት ዘለዎ ኮድ ሰዲድናልኩም ኣለና። እቲ ኮድ ን15 ደቒቕ ይሰርሕ። እቲ ግዜ ዝዕቀበልኩም ነቲ ኮድ ምስ ኣእተኹምዎ ጥራይ እዩ።
booking-code-sent-email = ብኢመይል ናብ { $to } ሽዱሽተ ቁጽርታት ዘለዎ ኮድ ሰዲድናልኩም ኣለና። እቲ ኮድ ን15 ደቒቕ ይሰርሕ። እቲ ግዜ ዝዕቀበልኩም ነቲ ኮድ ምስ ኣእተኹምዎ ጥራይ እዩ።
booking-code-label = ኮድ
booking-code-hint = ሽዱሽተ ቁጽርታት፣ ንኣብነት 123456።
booking-code-missing = ካብቲ መልእኽቲ ነቲ ሽዱሽተ ቁጽርታት ዘለዎ ኮድ ጽሓፉ።
booking-code-wrong = እዚ ንሕና ዝሰደድናዮ ኮድ ኣይኮነን። ነቲ መልእኽቲ ርአዩ እሞ እንደገና ፈትኑ።
booking-code-gone = እቲ ኮድ ድሕሪ ሕጂ ኣይሰርሕን። ነቲ ግዜ እንደገና ምረጹ፣ ሽዑ ሓድሽ ኮድ ክንሰደልኩም ኢና።
booking-code-submit = ኣረጋግጹ እሞ ጠለብ ስደዱ
booking-code-again = እንደገና ግዜ ምረጹ
error-too-many-active = ድሮ ምሳና ክልተ ጠለባት ወይ ቆጸራታት ኣለኩም። ካልእ እንተ ኣድልዩኩም ናብ OT ደውሉ።
message-booking-code-subject = ኮድኩም ካብ { $service }
message-booking-code-body = { $code } ምስ { $service } ንዝርርብ ቆጸራ ንምሓዝ ዝኸውን ኮድኩም እዩ። ን15 ደቒቕ ይሰርሕ። ኮድ እንተ ዘይሓቲትኩም፣ ነዚ መልእኽቲ ሸለል ክትብልዎ ትኽእሉ ኢኹም።
calendar-summary = ዝርርብ ምስ { $service }
