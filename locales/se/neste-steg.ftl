# Neste steg — Northern Sámi. Translated by the team; not yet reviewed by a qualified translator.
service-name = Neste steg
skip-to-content = Mana sisdollui
menu = Fállu
nav-label = Váldofállu
language-picker = Giella – Language
home-title = Ovdasiidu
home-heading = Maid háliidat dahkat?
home-lead = Čuovvolanbálvalus (OT) veahkeha du, jus leat 15–24 jahkásaš, it váze skuvlla itge leat bargguin. Dás sáhtát vástidit OT:ii, lohkat iežat vuoigatvuođaid birra ja diŋgot ságastallama.
home-no-thanks = Don ieš mearridat. Lea áibbas buorre vástidit ”ii giitu”.
task-answer = Vástit OT:ii
task-answer-text = Leatgo ožžon dieđu dahje reivve OT:s? Vástit dás. Dat váldá ovtta minuhta.
task-rights = Du vuoigatvuođat
task-rights-text = Maidda dus lea vuoigatvuohta, ja maid OT galgá dahkat du ovddas.
task-guardians = Fuolaheaddjiide
task-guardians-text = Dutnje gii leat vuollel 18-jahkásaš nuorra olbmo váhnen dahje fuolaheaddji.
task-booking = Diŋgo ságastallama
task-booking-text = Vállje áiggi mii heive dutnje: kantuvrras, telefovnnas, videos dahje olgun vázzimin.
task-council = OT-ráđđi
task-council-text = Nuorat geat addet OT:ii rávvagiid. Loga cealkámušaid, dahje cealkke iežat oaivila.
task-staff = Bargiid sisačáliheapmi
contact-heading = Oktavuohta ja kantuvrrat
contact-lead = Don sáhtát váldit oktavuođa OT:in njuolgga. It dárbbaš čujuheami.
contact-phone = Telefovdna:
contact-email = E-poasta:
contact-opening-hours = Rahpanáiggit
weekday = { $day ->
    [1] vuossárga
    [2] maŋŋebárga
    [3] gaskavahkku
    [4] duorastat
    [5] bearjadat
    [6] lávvardat
   *[7] sotnabeaivi
}
privacy-heading = Persovdnasuodjalus
accessibility-heading = Olahahttivuođa čilgehus
not-found-title = Siidu ii gávdnon
not-found-heading = Mii eat gávdnan siiddu
not-found-text = Liŋka sáhttá leat boastut, dahje siidu sáhttá leat sirdojuvvon.
not-found-home = Mana ovdasiidui
error-not-found = Mii eat gávdnan dan maid ohcet.
error-invalid-input = Don fertet divvut juoidá skovis.
error-conflict = Muhtun eará rievdadii dán seamma áigge. Geahččal ođđasit.
error-internal = Juoga manai boastut min bealde. Geahččal ođđasit veaháš maŋŋil. Vástádusat maid juo leat sádden, leat vurkejuvvon.
error-network = Mii eat beassan serverii. Dárkkis interneahttaoktavuođa ja geahččal ođđasit.
error-forbidden-origin = Skovvi ii boahtán Neste steg -bálvalusas, danin mii eat leat dahkan maidege. Mana ruovttoluotta siidui ja geahččal ođđasit.
error-summary-title = Juoga ferte divvojuvvot
error-sign-in = Don fertet čálihit sisa vai oaidnát dán siiddu.
error-wrong-credentials = E-poastačujuhus dahje beassansátni lea boastut.
error-account-disabled = Du kontu lea giddejuvvon. Váldde oktavuođa hálddašeaddjiin OT:s.
error-throttled = Leat leamaš menddo ollu geahččaleamit oanehis áiggi siste. Vuordde 15 minuhta ja geahččal ođđasit.

## Answer from a link or a code (youth)
answer-title = Vástádus OT:ii
answer-greeting = Bures, { $name }!
answer-intro = { $service } háliida diehtit maid don dál dagat. De mii sáhttit veahkehit du, jus dárbbašat. Dat váldá ovtta minuhta.
answer-continue = Joatkke
answer-your-answer = Don leat vástidan: { $activity }
answer-change = Rievdat vástádusa
answer-activity-question = Maid don dál dagat?
answer-activity-hint = Vállje dan mii heive buoremusat.
answer-activity-missing = Vállje dan mii heive dutnje buoremusat.
activity-school = Mun vázzán joatkkaskuvlla
activity-private_school = Mun vázzán priváhta skuvlla
activity-apprenticeship = Mun lean oahpahalli dahje oahpahallikandidáhtta
activity-work = Mun barggan
activity-military_service = Mun lean soalddátbálvalusas (førstegangstjeneste)
activity-home_with_child = Mun lean ruovttus mánáin
activity-ill_or_institution = Mun lean buohcci dahje orun ásahusas
activity-course = Mun vázzán álbmotallaskuvlla dahje eará kurssa
activity-moved_county = Mun lean fárren eará fylkii
activity-moved_abroad = Mun lean fárren eará riikii
activity-wants_help = Mun háliidan veahki dahje ságastallama
activity-no_thanks = Ii giitu, mun in dárbbaš veahki
answer-next = Čuovvovaš
answer-details-question = Háliidatgo muitalit eambbo?
answer-details-hint = Dán it dárbbaš deavdit. Čále ovdamearkka dihte skuvlla dahje barggu nama.
answer-details-too-long = Teavsttas sáhttet leat eanemusat 1000 mearkka.
answer-contact-question = Mo don háliidat ahte OT váldá oktavuođa duinna?
answer-channels-legend = Vállje ovtta dahje eanet vugiid
answer-channels-missing = Vállje unnimusat ovtta vuogi mo mii sáhttit váldit oktavuođa duinna.
answer-contact-mobile-hint = Mis ii leat du mobiilanummir. Jos háliidat SMS dahje ahte mii riŋgut, čále dan dása.
answer-contact-email-hint = Mis ii leat du e-poastačujuhus. Jos háliidat e-poastta, čále dan dása.
answer-contact-letter-hint = Mis ii leat mobiilanummir iige e-poasta dutnje. Čále maid mii sáhttit geavahit go váldit oktavuođa duinna.
answer-mobile-needed = Čále du mobiilanummira, vai mii sáhttit sáddet SMS dahje riŋget dutnje.
answer-email-needed = Čále du e-poastačujuhusa, vai mii sáhttit sáddet dutnje e-poastta.
channel-sms = SMS
channel-call = Telefovdna
channel-email = E-poasta
answer-time-legend = Goas heive buoremusat?
answer-time-missing = Vállje goas heive buoremusat.
contact-time-any = Goas beare beaivet
contact-time-morning = Ovdal diibmu 12
contact-time-afternoon = Gaskal diibmu 12 ja 16
contact-time-evening = Maŋŋel diibmu 16
answer-send = Sádde vástádusa
answer-receipt-title = Giitu! Mii leat ožžon du vástádusa
answer-receipt-reference = Du referánsa:
answer-receipt-next-heading = Dát dáhpáhuvvá dál
answer-receipt-next = Bagadeaddji OT:s lohká du vástádusa. Jus háliidat veahki, de mii váldit oktavuođa duinna nu go leat válljen. Don sáhtát maiddái riŋget midjiide nummirii { $phone }.
answer-book = Diŋgo ságastallama bagadeaddjiin
answer-handled-title = Mii leat ožžon du vástádusa
answer-handled-text = Bagadeaddji lea lohkan du vástádusa. Jus háliidat rievdadit juoidá, de riŋge OT:ii nummirii { $phone }.
answer-unusable-title = Liŋka ii doaimma
answer-unusable-text = Liŋka sáhttá leat menddo boaris, dahje dat lea čállojuvvon boastut. Riŋge OT:ii nummirii { $phone }, dahje geavat koda mii lea du reivves.
answer-throttled-text = Dán ovttadagas leat leamaš menddo ollu geahččaleamit. Vuordde 15 minuhta ja geahččal ođđasit, dahje riŋge OT:ii nummirii { $phone }.
answer-code-link = Mus lea koda reivves
answer-code-title = Vástit reivve kodain
answer-code-intro = Koda lea reivves maid OT sáddii dutnje. Das leat gávcci mearkka.
answer-code-label = Koda reivves
answer-code-wrong = Mii eat gávdnan dan koda. Dárkkis ahte leat čállán dan riekta, dahje riŋge OT:ii.
answer-code-missing = Čále koda mii lea du reivves.

## SMS and e-mail messages
message-contact-subject = Diehtu bálvalusas { $service }
message-contact-body = Bures { $name }! { $service } háliida diehtit maid don dál dagat. Vástit dás, dat váldá ovtta minuhta: { $link } Du koda lea { $code }. Dearvvuođat OT
message-reminder-body = Bures fas { $name }! Mii eat leat vel gullan dus. Vástit dás: { $link } Dearvvuođat { $service }
message-guardian-subject = Dieđut bálvalusas { $service }
message-guardian-body = Bures! { $service } lea čállán du mánnái. Dás sáhtát lohkat nuoraid vuoigatvuođaid birra ja maiguin OT sáhttá veahkehit: { $link } Dearvvuođat OT

## Information pages: rights, parents and guardians, offers, follow-up, privacy
info-law = Láhkavuođđu
info-related = Loga maiddái
info-printed = Čálihuvvon { $date } siiddus { $url }
rights-title = Du vuoigatvuođat
rights-lead = Leatgo don 15–24 jahkásaš? Itgo váze skuvlla, iige dus leat bargu? De galgá OT veahkehit du.
rights-who-heading = Geasa OT lea oaivvilduvvon?
rights-who-1 = OT mearkkaša Oppfølgingstjenesten (Čuovvolanbálvalus). Buot fylkkain lea dakkár bálvalus.
rights-who-2 = OT lea dutnje geas lea vuoigatvuohta joatkkaoahpahussii (videregående opplæring). Don it váze skuvlla, ja dus ii leat bargu.
rights-who-3 = OT lea dutnje gitta dan jagi lohppii go deavddát 24 jagi.
rights-who-4 = Don sáhtát ieš váldit oktavuođa. It dárbbaš makkárge skovi dahje čujuheami.
rights-school-heading = Dus lea vuoigatvuohta joatkkaoahpahussii
rights-school-1 = Dus lea vuoigatvuohta vázzit joatkkaskuvlla. Don sáhtát váldit fágaid skuvllas, oahpahallin dahje eará vugiid mielde.
rights-school-2 = OT veahkeha du gávnnahit mii heive dutnje.
rights-duty-heading = Dán galgá OT dahkat du ovddas
rights-duty-1 = OT galgá diehtit geat eai váze skuvlla eaige leat bargguin.
rights-duty-2 = OT galgá addit dutnje čálalaš dieđuid du vuoigatvuođaid birra. Dát siidu lea oassi das.
rights-duty-3 = OT galgá váldit oktavuođa duinna ja fállat dutnje bagadusa.
rights-duty-4 = OT galgá addit dutnje fálaldaga. Dat sáhttá leat skuvla, bargu, kursa dahje juoga eará.
rights-duty-5 = OT galgá čuovvolit du ságastallamiiguin nu guhká go dárbbašat.
rights-no-heading = Don ieš mearridat
rights-no-1 = Don sáhtát dadjat ”ii giitu”. Dat lea áibbas buorre.
rights-no-2 = Don sáhtát rievdadit oaivila maŋŋelis. De sáhtát dušše váldit oktavuođa ođđasit.
rights-law = Forskrift til opplæringslova §§ 13-1 til 13-4 (oahpahuslága láhkaásahus). Opplæringslova (2023) § 9-4 (oahpahusláhka).
guardians-title = Fuolaheaddjiide
guardians-lead = Leatgo don vuollel 18-jahkásaš nuorra olbmo váhnen dahje fuolaheaddji? Dás sáhtát lohkat maidda nuorra olmmoš lea vuoigatvuođalaš, ja maid OT dahká.
guardians-why-heading = Manne don oaččut dáid dieđuid?
guardians-why-1 = OT galgá addit čálalaš dieđuid buot nuoraide ulbmiljoavkkus. Vuollel 18-jahkásaš nuoraid fuolaheaddjit galget oažžut seamma dieđuid.
guardians-why-2 = Nuorra olmmoš lea ožžon sierra dieđu OT:s. Nuora vástádusaid mii eat sádde dutnje.
guardians-rights-heading = Maidda nuorra olmmoš lea vuoigatvuođalaš?
guardians-rights-1 = Nuorra olbmos lea vuoigatvuohta joatkkaoahpahussii. OT lea nuoraide geat eai váze skuvlla eaige leat bargguin, gitta dan jagi lohppii go sii devdet 24 jagi.
guardians-rights-2 = OT galgá váldit oktavuođa, bagadit ja fállat skuvlla, barggu dahje eará oahpahusa. OT čuovvola nu guhká go dárbu lea.
guardians-help-heading = Mo don sáhtát veahkehit?
guardians-help-1 = Ságastala nuorain das maid son háliida. Lea lohpi dadjat ”ii giitu” OT:ii.
guardians-help-2 = Don sáhtát ieš riŋget OT:ii jus leat fuolastuvvan. It dárbbaš čujuheami.
guardians-18-heading = Go nuorra olmmoš deavdá 18 jagi
guardians-18-1 = De lea nuorra olmmoš rávis lága mielde (myndig). OT:s lea jávohisvuođageatnegasvuohta, ja OT ii sáhte muitalit dutnje maidege, jus nuorra olmmoš ii daja ”juo”.
guardians-18-2 = Nuorra olmmoš sáhttá addit OT:ii lobi ságastallat duinna. Jeara nuorras.
guardians-law = Forskrift til opplæringslova § 13-3 bokstav b (oahpahuslága láhkaásahus). Forvaltningsloven § 13 (hálddašanláhka) jávohisvuođageatnegasvuođa birra.
offers-title = Maid OT sáhttá fállat
offers-lead = OT gávdná fálaldaga ovttas duinna. Dás leat muhtun ovdamearkkat.
offers-1 = Ságastallamat ja veahkki válljet skuvlla, fágaid dahje barggu.
offers-2 = Bargohárjehallan dábálaš bargosajis, lagas čuovvolemiin. Dat sáhttá dagahit ahte oaččut oahpahallisaji (læreplass).
offers-3 = Kurssat ja doaimmat, ovdamearkka dihte luonddudoaimmat, dáidda ja lašmmohallan.
offers-4 = Oahpahus fágain, vai sáhtát váldit eksámena priváhtaoahppin (privatist).
offers-5 = Veahkki ovttasbargat NAV:in ja earáiguin, vai it dárbbaš okto mannat máŋgga sadjái.
offers-law = Forskrift til opplæringslova §§ 13-1 og 13-4 (oahpahuslága láhkaásahus).
followup-title = Mo čuovvoleapmi dáhpáhuvvá
followup-lead = Dás sáhtát lohkat mii dáhpáhuvvá go dus lea oktavuohta OT:in.
followup-talk-heading = Vuosttaš ságastallan
followup-talk-1 = Don deaivvat bagadeaddji. Doai ságastallabeahtti das mo dus manná, ja maid don háliidat.
followup-talk-2 = Don sáhtát váldit fárrui muhtuma geasa luohtát.
followup-plan-heading = Du plána
followup-plan-1 = Doai ráhkadeahppi plána ovttas. Dat muitala maid don galggat dahkat, ja maid OT galgá dahkat.
followup-plan-2 = Plána sáhttá rievdaduvvot goas beare háliidat.
followup-no-heading = Don sáhtát dadjat ”ii”
followup-no-1 = Lea eaktodáhtolaš oažžut veahki OT:s. Don sáhtát dadjat ”ii”, ja don sáhtát boahtit ruovttoluotta maŋŋelis.
followup-law = Forskrift til opplæringslova § 13-3 bokstav c til e (oahpahuslága láhkaásahus).
privacy-lead = Dás čuožžu maid OT diehtá du birra, manne, ja mo don sáhtát dan oaidnit.
privacy-knows-heading = Maid OT diehtá du birra
privacy-knows-1 = Du namma, du čujuhus ja du telefonnummir dahje e-poasta, jus leat addán dan midjiide.
privacy-knows-2 = Guđe skuvlla vázzet, maidda leat ohcan, ja maid leat álgán ja heaitán.
privacy-knows-3 = Du árvosánit ja makkár vuoigatvuođat dus leat vel báhcán.
privacy-knows-4 = Dat maid don ieš vástidat midjiide dás, ja notáhtat ságastallamiin duinna.
privacy-why-heading = Manne ja makkár vuođu alde
privacy-why-1 = Fylkkasuohkanis ferte leat bajilgovva ulbmiljoavkku nuoraid birra, ja dat ferte fállat sidjiide fálaldaga. Dat čuožžu dás: forskrift til opplæringslova § 13-3 (oahpahuslága láhkaásahus).
privacy-why-2 = Mii geavahit dieđuid dušše veahkehan dihte du. Mii eat juoge daid earáiguin, earret jus láhka lohpida dan dahje don dajat ”juo”.
privacy-keep-heading = Man guhká mii vurket dieđuid
privacy-keep-1 = Mii vurket du dieđuid ja vástádusaid nu guhká go don leat ulbmiljoavkkus: gitta dan jagi loahpa rádjái go deavdát { $age } jagi. Liŋkkat mat leat dieđuin, doibmet { $days } beaivvi.
privacy-keep-2 = Mii sihkkut diŋgomiid ja šiehttojuvvon ságastallamiid { $days } beaivvi maŋŋel ságastallama. Liŋka ságastallamii doaibmá { $link_days } beaivvi maŋŋel go ságastallan lea nohkan.
privacy-keep-3 = Mii sihkkut dieđuid maid mii leat sádden dutnje, ovttas nummiriin dahje e-poastačujuhusain, { $days } beaivvi maŋŋel go ráhkadeimmet daid.
privacy-keep-4 = Mii sihkkut kodaid, sisačálihangeahččalusaid ja eará luottaid skoviid geavaheamis ovtta jándora maŋŋel.
privacy-see-heading = Oaidnit dahje divvut dieđuid
privacy-see-1 = Dus lea vuoigatvuohta oaidnit maid mii leat vurken du birra, ja oažžut boasttuvuođaid divvojuvvot. Váldde oktavuođa OT:in.
privacy-see-2 = Mii registrerejit buot bargiid geat geahččet du dieđuid.
privacy-law = Personvernforordningen artikkel 6 nr. 1 bokstav e og artikkel 15 og 16 (EU persovdnasuodjalusortnet, GDPR). Forskrift til opplæringslova § 13-3 (oahpahuslága láhkaásahus).


## Accessibility statement and translations
accessibility-lead = Buohkat galget sáhttit geavahit Neste steg -bálvalusa. Dat guoská maiddái dutnje gii geavahat šearbmalohkki, dušše boallobeavddi, dahje stuoridat teavstta šearpmas.
accessibility-standard-heading = Gáibádusat maid mii čuovvut
accessibility-standard-1 = Almmolaš neahttasiiddut Norggas galget čuovvut WCAG 2.1 dási AA. Dat lea standárda neahttasiidduide maid buohkat sáhttet geavahit.
accessibility-test-heading = Nu mii dárkkistit dan
accessibility-test-1 = Juohke háve go mii rievdadit Neste steg -bálvalusa, de mii testet siidduid neahttalohkkis smávva mobiilatelefovnnas. Mii testet sihke JavaScriptain ja JavaScripta haga, ja axe-reaidduin.
accessibility-test-2 = Buot sáhttá geavahit boallobeavddiin. Skovi boasttuvuođat čájehuvvojit gietti luhtte ja listtus siiddu bajimusas.
accessibility-known-heading = Dat maid mii eat leat vel geargan
accessibility-known-1 = Oahppan jorgaleaddji ii leat vel dárkkistan muhtun gielaid. De čuožžu dat siiddu bajimusas, ja doppe lea liŋka teakstii girjedárogillii.
accessibility-known-2 = Mii eat leat vel testen siidduid ovttas geavaheddjiiguin geat geavahit šearbmalohkki.
accessibility-feedback-heading = Dieđit midjiide jus juoga ii doaimma
accessibility-feedback-1 = Riŋge dahje čále OT:ii. Telefovdna ja e-poasta leat siiddu vuolimusas.
accessibility-feedback-2 = Jus it leat duhtavaš vástádussii, de sáhtát váidit dása: Tilsynet for universell utforming av ikt (bearráigeahčču mii goziha ahte buohkat sáhttet geavahit neahttasiidduid). Sin neahttasiidu lea uutilsynet.no.
accessibility-law = Likestillings- og diskrimineringsloven § 18 (dásseárvo- ja vealahanláhka). Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger § 4 (láhkaásahus IKT-čovdosiid universála hábmema birra).
translation-notice = Dát siidu lea jorgaluvvon. Jorgalus ii leat vel dárkkistuvvon.
translation-original = Loga teavstta girjedárogillii

## Booking a conversation (youth)
booking-lead = Vállje kantuvrra ja mo háliidat deaivvadit minguin. De oainnát friddja áiggiid.
booking-office-legend = Guđe kantuvrii háliidat?
booking-form-legend = Mo háliidat deaivvadit minguin?
form-office = Kantuvrras
form-phone = Telefovnnas
form-video = Videos
form-walk = Olgun vázzimin – mii vázzit ja ságastallat
booking-show-times = Čájet friddja áiggiid
booking-change-office = Vállje eará kantuvrra
booking-times-legend = Vállje áiggi
booking-times-hint = Áiggit leat Norgga áiggi mielde. Ságastallan bistá { $minutes } minuhta.
booking-more-days = Čájet eanet beivviid
booking-closed-days = Mii eat fála áiggiid bassebeivviin dahje beivviin go kantuvra lea giddejuvvon.
booking-no-times = Boahtte vahkuid eai leat friddja áiggit. Bivdde min baicce riŋget dutnje.
booking-slot-missing = Vállje áiggi.
booking-date = { $weekday } { $day }. { $month }
booking-time = diibmu { $time }
month = { $month ->
    [1] ođđajagemánu
    [2] guovvamánu
    [3] njukčamánu
    [4] cuoŋománu
    [5] miessemánu
    [6] geassemánu
    [7] suoidnemánu
    [8] borgemánu
    [9] čakčamánu
    [10] golggotmánu
    [11] skábmamánu
   *[12] juovlamánu
}
booking-about-you = Du birra
booking-first-name = Ovdanamma
booking-first-name-missing = Čále iežat ovdanama, dušše bustávaiguin.
booking-contact-hint = Čále mobiilanummira dahje e-poastačujuhusa, vai mii sáhttit vástidit dutnje.
booking-mobile = Mobiilanummir
booking-email = E-poasta
booking-mobile-invalid = Čále norgga mobiilanummira mas leat 8 logu, dahje nummira mii álgá + -mearkkain.
booking-email-invalid = Čále e-poastačujuhusa nugo navn@eksempel.no.
booking-contact-missing = Čále mobiilanummira dahje e-poastačujuhusa.
booking-send = Sádde diŋgoma
sending = Sádde …
characters-count = { $count } / { $max } mearkka
booking-taken = Muhtun eará válddii aiddo dan áiggi. Vállje eará áiggi.
booking-none-fit-heading = Iigo oktage áigi heive dutnje?
booking-none-fit-text = De mii riŋget dutnje, ja gávdnat áiggi ovttas.
booking-call-me = Riŋge munnje
booking-call-me-sent = Giitu! Mii riŋget dutnje nu jođánit go sáhttit, dábálaččat guovtti bargobeaivvi siste.
booking-state-requested = Mii vuordit vástádusa bagadeaddjis
booking-state-requested-text = Áigi lea várrejuvvon dutnje { $deadline } rádjái. Don oaččut dieđu go bagadeaddji lea vástidan.
booking-state-confirmed = Ságastallan lea dohkkehuvvon
booking-state-declined = Dát áigi ii heive bagadeaddjái
booking-state-expired = Diŋgon ii šat gusto
booking-state-expired-text = Bagadeaddji ii olahan vástidit áiggil. Vállje ođđa áiggi, dahje riŋge midjiide.
booking-state-withdrawn = Don leat gessen diŋgoma ruovttoluotta
booking-state-cancelled = Ságastallan lea šluhttejuvvon
booking-state-completed = Ságastallan lea čađahuvvon
booking-state-no_show = Don it boahtán ságastallamii
booking-when = Goas
booking-how = Mo
booking-where = Gos
booking-how-phone = Bagadeaddji riŋge dutnje.
booking-how-video = Don oaččut liŋkka videoságastallamii ovdal ságastallama.
booking-how-walk = Mii deaivvadit kantuvrra olggobealde, ja vázzit ja ságastallat seammás.
booking-reason = Diehtu OT:s
booking-withdraw = Gease diŋgoma ruovttoluotta
booking-cancel = Šluhte ságastallama
booking-cancel-reason = Háliidatgo muitalit manne? It dárbbaš.
booking-move = Sirdde eará áigái
booking-move-title = Vállje ođđa áiggi
booking-move-text = Boares áigi gusto dassážii go bagadeaddji lea dohkkehan ođđa áiggi.
booking-moving = Don leat bivdán sirdit ságastallama. Boares áigi gusto dassážii go bagadeaddji lea vástidan.
booking-calendar = Viečča kaleandarii (.ics)
booking-book-again = Diŋgo ođđa áiggi
booking-unusable-text = Liŋka ii doaimma. Riŋge OT:ii nummirii { $phone }, de mii veahkehit du.
message-booking-subject = Ságastallan bálvalusain { $service }
message-booking-confirmed = Bures { $name }! Ságastallan OT:in lea dohkkehuvvon: { $when }, { $how }. Geahča, sirdde dahje šluhte dás: { $link }
message-reason-from-ot = Diehtu OT:s: { $reason }
message-booking-declined = Bures { $name }! Áigi { $when } ii heive OT:ii. { $reason } Vállje ođđa áiggi dás: { $link }
message-booking-expired = Bures { $name }! Mii eat olahan dohkkehit áiggi { $when }. Vállje ođđa áiggi dahje riŋge midjiide: { $link }
message-booking-cancelled = Bures { $name }! OT lea šluhtten ságastallama { $when }. { $reason } Diŋgo ođđa áiggi dás: { $link }
message-booking-cancelled-by-you = Bures { $name }! Don leat šluhtten ságastallama { $when }. Jus háliidat ođđa áiggi, de sáhtát diŋgot dan dás: { $link }
message-booking-requested = Bures { $name }! Mii leat ožžon du diŋgoma ságastallamii { $when }. OT vástida dutnje fargga. Dás sáhtát geahččat diŋgoma dahje geassit dan ruovttoluotta: { $link }
message-booking-reminder = Bures { $name }! Muitte ságastallama OT:in ihttin: { $when }, { $how }. Geahča, sirdde dahje šluhte dás: { $link }
booking-code-title = Čále koda
booking-code-sent-sms = Mii leat sádden dutnje koda mas leat guhtta logu, SMS:in dása: { $to }. Koda doaibmá 15 minuhta. Áigi várrejuvvo dutnje easka go leat čállán koda.
booking-code-sent-email = Mii leat sádden dutnje koda mas leat guhtta logu, e-poasttain dása: { $to }. Koda doaibmá 15 minuhta. Áigi várrejuvvo dutnje easka go leat čállán koda.
booking-code-label = Koda
booking-code-hint = Guhtta logu, ovdamearkka dihte 123456.
booking-code-missing = Čále koda mii lea dieđus. Das leat guhtta logu.
booking-code-wrong = Dát ii leat koda maid mii sáddiimet. Geahča dieđu ja geahččal ođđasit.
booking-code-gone = Koda ii šat doaimma. Vállje áiggi ođđasit, de mii sáddet dutnje ođđa koda.
booking-code-submit = Dohkket ja sádde diŋgoma
booking-code-again = Vállje áiggi ođđasit
error-too-many-active = Dus leat juo guokte diŋgoma dahje deaivvadeami minguin. Riŋge OT:ii jus dárbbašat vel ovtta.
message-booking-code-subject = Du koda bálvalusas { $service }
message-booking-code-body = { $code } lea du koda go diŋgot ságastallama bálvalusain { $service }. Dat doaibmá 15 minuhta. Jus it leat bivdán koda, de it dárbbaš dahkat maidege.
calendar-summary = Ságastallan bálvalusain { $service }
