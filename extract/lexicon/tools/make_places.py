#!/usr/bin/env python3
"""Build places.tsv: cities, regions, continents and macro-regions, seas
and waterways that are not countries. Capitals are not repeated here:
the reader takes them from countries.tsv.

Data lines:  CODE kind: entry; entry; ...
  CODE   alpha-3 of the place's country, or '-' for a region that spans
         several countries or whose sovereignty is disputed between them
  kind   city, region, continent or sea (sea covers oceans, gulfs,
         straits, canals, rivers and lakes)
  entry  name|alias|alias
Accented values get their unaccented spelling added automatically.
Names that are common English words or common first names are left out
(Reading, Nice, Mobile, Bath, Split, Jackson, Victoria, Austin, ...).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

KINDS = ("city", "region", "continent", "sea")

DATA = r"""
# ===== continents and macro-regions =====================================
- continent: Europe; Asia; Africa; North America; South America; Oceania; Eurasia; Americas|the Americas
- region: Middle East|Mideast; Near East; Far East; Latin America; Central America; Caribbean; Balkans|Western Balkans; Caucasus|South Caucasus|Transcaucasia; North Caucasus|Northern Caucasus; Gulf region|Gulf|Gulf states; Sahel; Levant; Maghreb; Korean Peninsula|Korean peninsula; Horn of Africa; Southeast Asia|South-East Asia|South East Asia; Central Asia; South Asia; East Asia; Northeast Asia|North-East Asia; Asia-Pacific|Asia Pacific; Indo-Pacific; Scandinavia; Nordic region|Nordics; Baltics|Baltic states|Baltic States; Eastern Europe; Western Europe; Central Europe; Northern Europe; Southern Europe; West Africa; East Africa; North Africa; Southern Africa; Central Africa; Sub-Saharan Africa|sub-Saharan Africa; Great Lakes region; Arctic; Antarctic; Iberian Peninsula|Iberia; Arabian Peninsula; Kurdistan; Kashmir; Punjab; Bengal; Patagonia; Amazon rainforest|Amazonia|Amazon basin; Sahara|Sahara Desert; Pacific Islands; Polynesia; Melanesia; Mesopotamia; Eastern Mediterranean; Persian Gulf region; Siachen Glacier|Siachen; Aksai Chin; Spratly Islands|Spratlys; Paracel Islands|Paracels; Scarborough Shoal; Second Thomas Shoal; Senkaku Islands|Senkakus|Diaoyu Islands|Diaoyus; Dokdo|Takeshima|Liancourt Rocks; Kuril Islands|Kurils|Kuriles|Northern Territories; Abyei; Borneo; New Guinea; Lake Chad Basin; Transylvania; Silesia; Galicia; Bessarabia; Lapland; Tyrol
# ===== seas and waterways ===============================================
- sea: Black Sea; Sea of Azov|Azov Sea; Caspian Sea|Caspian; Baltic Sea|Baltic; Mediterranean Sea|Mediterranean; Red Sea; Arabian Sea; Persian Gulf|Arabian Gulf; Gulf of Oman; Gulf of Aden; Strait of Hormuz|Hormuz Strait|Straits of Hormuz|Hormuz; Bab el-Mandeb|Bab al-Mandab|Bab-el-Mandeb; Bosphorus|Bosporus; Dardanelles; Turkish Straits; South China Sea; East China Sea; Yellow Sea; Sea of Japan|East Sea; Taiwan Strait|Strait of Taiwan|Formosa Strait; Strait of Malacca|Malacca Strait|Straits of Malacca; Indian Ocean; Pacific Ocean|Pacific; Atlantic Ocean|Atlantic; Arctic Ocean; Southern Ocean; North Sea; Norwegian Sea; Barents Sea; Kara Sea; Bering Sea; Bering Strait; Sea of Okhotsk; Gulf of Mexico|Gulf of America; Caribbean Sea; English Channel; Irish Sea; Adriatic Sea|Adriatic; Aegean Sea|Aegean; Ionian Sea; Tyrrhenian Sea; Gulf of Aqaba; Dead Sea; Sea of Galilee; Kerch Strait; Strait of Gibraltar; Gulf of Guinea; Mozambique Channel; Gulf of Finland; Gulf of Bothnia; Gulf of Thailand; Bay of Bengal; Philippine Sea; Coral Sea; Tasman Sea; Celebes Sea; Java Sea; Sulu Sea; Gulf of Tonkin; Lake Victoria; Lake Tanganyika; Lake Baikal; Nile|Nile River|River Nile; Blue Nile; White Nile; Euphrates|Euphrates River; Tigris|Tigris River; Danube|Danube River; Rhine|Rhine River; Jordan River|River Jordan; Dnieper|Dnieper River|Dnipro River; Dniester|Dniester River; Don River; Volga|Volga River; Yalu River|Yalu; Amur River|Amur; Mekong|Mekong River; Indus|Indus River; Ganges|Ganges River; Brahmaputra; Yangtze|Yangtze River; Yellow River; Rio Grande; Amazon River; Orinoco; Congo River; Niger River; Zambezi; Limpopo; Shatt al-Arab; Litani River; Oder|Oder River; Vistula; Elbe; Thames|River Thames; Seine; Hudson River; Mississippi River; Panama Canal; Suez Canal; Kiel Canal
# ===== United States ====================================================
USA region: Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; New York State|New York state; North Carolina; North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; Washington State|Washington state; West Virginia; Wisconsin; Wyoming; Silicon Valley; Manhattan; Brooklyn; Bronx; Long Island; Midwest; New England; Pearl Harbor; Guantanamo Bay|Guantánamo Bay|Guantanamo|Guantánamo; Camp David; Mar-a-Lago; Aleutian Islands
USA city: New York|New York City|NYC; Los Angeles|L.A.; Chicago; Houston; Phoenix; Philadelphia; San Antonio; San Diego; Dallas; Fort Worth; Jacksonville; Columbus; Indianapolis; San Francisco; Seattle; Denver; Nashville; Oklahoma City; El Paso; Boston; Portland; Las Vegas; Detroit; Memphis; Louisville; Baltimore; Milwaukee; Albuquerque; Tucson; Fresno; Sacramento; Kansas City; Atlanta; Miami; Omaha; Minneapolis; Tulsa; Tampa; New Orleans; Cleveland; Honolulu; Anchorage; Pittsburgh; Cincinnati; St. Louis|St Louis|Saint Louis; Salt Lake City; Orlando; Raleigh; Charleston; Oakland; Palm Beach; Norfolk; San Juan Capistrano; Annapolis; Albany; Boise; Des Moines; Little Rock; Santa Fe; Cheyenne; Juneau; Harrisburg; Tallahassee; Baton Rouge; Montgomery; Fairbanks; Ferguson; Minneapolis-St. Paul; Dearborn; Fort Bragg; Fort Hood; Norfolk Naval Station
# ===== Canada, Mexico, Central America, Caribbean =======================
CAN region: Ontario; Quebec; British Columbia; Alberta; Manitoba; Saskatchewan; Nova Scotia; New Brunswick; Newfoundland and Labrador|Newfoundland; Prince Edward Island; Yukon; Nunavut; Northwest Territories
CAN city: Toronto; Montreal|Montréal; Vancouver; Calgary; Edmonton; Winnipeg; Quebec City; Halifax; Mississauga; Saskatoon; Regina
MEX region: Sinaloa; Chihuahua; Jalisco; Michoacán; Guerrero; Tamaulipas; Sonora; Baja California; Oaxaca; Chiapas; Veracruz; Yucatán; Nuevo León; Zacatecas; Durango; Coahuila; Guanajuato; Quintana Roo
MEX city: Guadalajara; Monterrey; Puebla; Tijuana; Ciudad Juárez|Juárez; León; Cancún; Acapulco; Culiacán; Mérida; Nuevo Laredo; Matamoros; Reynosa; Mexicali; Hermosillo; Toluca; Querétaro; Aguascalientes
HND city: San Pedro Sula
CUB city: Santiago de Cuba
HTI city: Cap-Haïtien
DOM city: Santiago de los Caballeros
PAN city: Colón
# ===== South America ====================================================
COL city: Medellín; Cali; Barranquilla; Cartagena; Cúcuta; Bucaramanga
COL region: Antioquia; Catatumbo; Cauca
VEN city: Maracaibo; Barquisimeto; Maracay; Ciudad Guayana
VEN region: Zulia; Táchira
GUY region: Essequibo
ECU city: Guayaquil; Cuenca
PER city: Arequipa; Cusco|Cuzco
BOL city: Santa Cruz de la Sierra; Cochabamba; El Alto
BRA region: Amazonas; Pará; Minas Gerais; Bahia; Rio Grande do Sul; Paraná; Santa Catarina; Pernambuco; Ceará; Roraima; Mato Grosso; Goiás; Maranhão; Espírito Santo; Acre; Rondônia
BRA city: São Paulo; Rio de Janeiro|Rio; Fortaleza; Belo Horizonte; Manaus; Curitiba; Recife; Porto Alegre; Belém; Goiânia; Campinas; São Luís; Maceió; Natal; Florianópolis; Santos
PRY city: Ciudad del Este
URY city: Punta del Este
ARG city: Córdoba; Mar del Plata; La Plata; San Miguel de Tucumán|Tucumán; Ushuaia; Bariloche
CHL city: Valparaíso; Concepción; Antofagasta
CHL region: Araucanía|Araucania; Atacama
# ===== United Kingdom, Ireland ==========================================
GBR region: England; Scotland; Wales; Northern Ireland; Shetland; Orkney
GBR city: Birmingham; Manchester; Liverpool; Glasgow; Edinburgh; Leeds; Sheffield; Bristol; Newcastle; Belfast; Cardiff; Nottingham; Leicester; Coventry; Oxford; Cambridge; Salisbury; Dover; Aberdeen; Southampton; Portsmouth; Plymouth; Londonderry|Derry; Canterbury
IRL city: Cork; Limerick; Galway
# ===== France, Benelux, Germany, Alps ===================================
FRA region: Corsica; Brittany; Normandy; Alsace; Provence; Île-de-France; Burgundy; Lorraine; Occitanie
FRA city: Marseille|Marseilles; Lyon|Lyons; Toulouse; Nantes; Strasbourg; Bordeaux; Lille; Montpellier; Rennes; Calais; Cannes; Versailles; Grenoble; Toulon; Brest; Le Havre; Dunkirk; Ajaccio
BEL region: Flanders; Wallonia
BEL city: Antwerp; Ghent; Liège; Bruges; Charleroi
NLD city: Rotterdam; Utrecht; Eindhoven; Maastricht; Groningen
DEU region: Bavaria|Bayern; Saxony; Thuringia; Brandenburg; Hesse; Lower Saxony; North Rhine-Westphalia; Baden-Württemberg; Schleswig-Holstein; Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern; Saxony-Anhalt; Rhineland-Palatinate; Saarland; Ruhr
DEU city: Hamburg; Munich|München; Cologne|Köln; Frankfurt; Stuttgart; Düsseldorf; Dortmund; Essen; Leipzig; Dresden; Hanover|Hannover; Nuremberg|Nürnberg; Bremen; Bonn; Potsdam; Duisburg; Wiesbaden; Mainz; Karlsruhe; Ramstein; Magdeburg; Kiel; Rostock; Heidelberg; Aachen
CHE city: Geneva|Genève; Zurich|Zürich; Basel; Lausanne; Davos; Lucerne
AUT city: Salzburg; Graz; Innsbruck; Linz
# ===== Southern Europe ==================================================
ITA region: Sicily; Sardinia; Lombardy; Calabria; Tuscany; Veneto; Piedmont; Campania; Apulia|Puglia; Lampedusa; South Tyrol
ITA city: Milan|Milano; Naples|Napoli; Turin|Torino; Palermo; Genoa|Genova; Bologna; Florence|Firenze; Venice|Venezia; Bari; Catania; Trieste; Verona; Messina
ESP region: Catalonia|Cataluña|Catalunya; Basque Country; Andalusia; Canary Islands|Canaries; Balearic Islands|Balearics; Ceuta; Melilla; Valencia region; Aragon; Castile; Navarre
ESP city: Barcelona; Valencia; Seville|Sevilla; Zaragoza; Málaga; Bilbao; Palma de Mallorca|Palma; Alicante; Murcia; Las Palmas; Granada; Cádiz; San Sebastián; Pamplona
PRT region: Azores; Madeira; Algarve
PRT city: Porto|Oporto
GRC region: Crete; Lesbos|Lesvos; Rhodes; Corfu; Samos; Chios; Macedonia region
GRC city: Thessaloniki|Salonika; Piraeus; Patras; Heraklion
CYP city: Limassol; Larnaca; Famagusta; Kyrenia
CYP region: Northern Cyprus|North Cyprus|Turkish Republic of Northern Cyprus|TRNC
MLT region: Gozo
# ===== Central and Eastern Europe, Balkans ===========================
POL city: Krakow|Kraków|Cracow; Lodz|Łódź; Wroclaw|Wrocław; Poznan|Poznań; Gdansk|Gdańsk; Rzeszow|Rzeszów; Lublin; Szczecin; Katowice; Bialystok|Białystok
POL region: Suwalki Gap|Suwałki Gap
CZE city: Brno; Ostrava
SVK city: Kosice|Košice
HUN city: Debrecen; Szeged
ROU city: Cluj-Napoca|Cluj; Constanta|Constanța; Timisoara|Timișoara; Iasi|Iași
BGR city: Plovdiv; Varna; Burgas
SRB city: Novi Sad; Nis|Niš
SRB region: Vojvodina
HRV city: Dubrovnik; Rijeka
BIH city: Banja Luka; Mostar; Srebrenica; Tuzla
BIH region: Republika Srpska
XKX city: Mitrovica; Prizren
MNE city: Budva
MKD city: Ohrid; Tetovo
ALB city: Durres|Durrës; Vlore|Vlorë
# ===== Nordic and Baltic ================================================
DNK city: Aarhus; Odense
DNK region: Bornholm
SWE city: Gothenburg|Göteborg; Malmo|Malmö; Uppsala
SWE region: Gotland
NOR city: Bergen; Trondheim; Tromso|Tromsø; Stavanger
FIN city: Tampere; Turku
ISL city: Keflavik|Keflavík
EST city: Tartu; Narva
LVA city: Daugavpils
LTU city: Kaunas; Klaipeda|Klaipėda
# ===== Ukraine, Belarus, Moldova ========================================
UKR region: Crimea; Donbas|Donbass; Snake Island; Zakarpattia|Transcarpathia
UKR city: Kharkiv|Kharkov; Odesa|Odessa; Dnipro|Dnipropetrovsk; Donetsk; Zaporizhzhia|Zaporizhia|Zaporozhye; Lviv|Lvov; Kherson; Mykolaiv|Mykolayiv|Nikolaev; Mariupol; Luhansk|Lugansk; Bakhmut|Artemivsk; Avdiivka; Kramatorsk; Sloviansk|Slovyansk|Slavyansk; Sievierodonetsk|Severodonetsk; Lysychansk; Kupiansk; Pokrovsk; Melitopol; Berdiansk|Berdyansk; Chernihiv; Sumy; Poltava; Vinnytsia; Zhytomyr; Bucha; Irpin; Izium|Izyum; Enerhodar; Chernobyl|Chornobyl; Uzhhorod; Chernivtsi; Ivano-Frankivsk; Ternopil; Khmelnytskyi; Kropyvnytskyi; Rivne; Lutsk; Kryvyi Rih; Vuhledar; Toretsk; Chasiv Yar; Kurakhove; Horlivka; Makiivka; Nova Kakhovka; Kakhovka; Sevastopol; Simferopol; Kerch; Yalta; Feodosia; Dzhankoi; Robotyne; Hostomel; Zaporizhzhia nuclear plant
BLR city: Gomel|Homel; Grodno|Hrodna; Vitebsk|Viciebsk; Mogilev|Mahilyow
MDA region: Transnistria|Transdniestria|Trans-Dniester|Transdniester; Gagauzia
MDA city: Tiraspol; Balti|Bălți
# ===== Russia =============================================================
RUS region: Chechnya; Dagestan; Ingushetia; North Ossetia; Kabardino-Balkaria; Tatarstan; Bashkortostan; Siberia; Urals|Ural Mountains; Sakhalin; Kamchatka; Chukotka; Yakutia; Karelia; Kursk region; Belgorod region; Bryansk region; Krasnodar region; Russian Far East; Buryatia; Tuva; Primorye
RUS city: Saint Petersburg|St. Petersburg|St Petersburg|Leningrad; Novosibirsk; Yekaterinburg|Ekaterinburg; Kazan; Nizhny Novgorod; Chelyabinsk; Samara; Omsk; Rostov-on-Don|Rostov; Ufa; Krasnoyarsk; Voronezh; Perm; Volgograd|Stalingrad; Krasnodar; Saratov; Tyumen; Vladivostok; Kaliningrad; Murmansk; Irkutsk; Khabarovsk; Sochi; Grozny; Makhachkala; Yaroslavl; Tver; Bryansk; Kursk; Belgorod; Pskov; Tula; Smolensk; Novorossiysk; Arkhangelsk; Norilsk; Yakutsk; Vladikavkaz; Nalchik; Astrakhan; Orenburg; Engels; Severomorsk; Taganrog; Yeysk; Kazan; Tomsk; Barnaul; Izhevsk; Ulyanovsk; Penza; Lipetsk; Kirov; Cheboksary; Kemerovo; Novokuznetsk; Ryazan; Magadan; Petropavlovsk-Kamchatsky; Baltiysk; Kronstadt; Plesetsk; Vostochny
# ===== Caucasus and Central Asia ========================================
GEO region: Abkhazia; South Ossetia|Tskhinvali region; Adjara|Ajara; Pankisi Gorge|Pankisi
GEO city: Batumi; Kutaisi; Sukhumi|Sokhumi; Tskhinvali; Gori
ARM city: Gyumri; Vanadzor
ARM region: Syunik|Zangezur
AZE region: Nagorno-Karabakh|Karabakh|Artsakh|Nagorny Karabakh; Nakhchivan|Nakhichevan; Lachin corridor|Lachin Corridor
AZE city: Ganja; Sumgait; Stepanakert|Khankendi; Shusha|Shushi; Lachin; Agdam
KAZ city: Almaty|Alma-Ata; Shymkent; Karaganda|Karagandy; Aktau; Atyrau; Baikonur
UZB city: Samarkand; Bukhara; Andijan; Namangan; Fergana|Ferghana; Termez
UZB region: Karakalpakstan; Fergana Valley|Ferghana Valley
KGZ city: Osh; Jalal-Abad
TJK city: Khujand; Khorog
TJK region: Gorno-Badakhshan
TKM city: Turkmenabat; Mary
# ===== Middle East ========================================================
TUR region: Anatolia; Kurdish southeast; Hatay; Thrace
TUR city: Istanbul|Constantinople; Izmir|İzmir; Bursa; Antalya; Adana; Gaziantep; Konya; Diyarbakir|Diyarbakır; Incirlik|İncirlik; Kilis; Sanliurfa|Şanlıurfa|Urfa; Mersin; Kayseri; Trabzon; Kahramanmaras|Kahramanmaraş; Malatya; Eskisehir|Eskişehir; Van; Erzurum; Samsun; Antakya; Iskenderun|İskenderun; Mardin; Batman
ISR city: Tel Aviv|Tel Aviv-Yafo; Haifa; Eilat; Ashkelon; Ashdod; Beersheba|Be'er Sheva|Beer Sheva; Netanya; Sderot; Nazareth; Dimona; Herzliya; Rishon LeZion; Petah Tikva; Kiryat Shmona; Metula; Acre|Akko; Nahariya; Safed; Tiberias; Bnei Brak
ISR region: Negev; Galilee; Golan Heights annexation zone
SYR region: Golan Heights|Golan; Idlib province; Eastern Ghouta|Ghouta; Jazira
PSE region: Gaza Strip|Gaza; West Bank|Judea and Samaria; East Jerusalem
PSE city: Gaza City; Khan Younis|Khan Yunis; Rafah; Jenin; Nablus; Hebron; Bethlehem; Jericho; Tulkarm; Deir al-Balah|Deir el-Balah; Jabalia|Jabaliya; Nuseirat; Beit Lahia; Beit Hanoun; Qalqilya; Bureij; Maghazi; Shati
LBN city: Sidon|Saida; Tyre; Baalbek; Nabatieh; Byblos|Jbeil; Zahle; Marjayoun
LBN region: Bekaa Valley|Bekaa|Beqaa; Dahiyeh|Dahieh|Dahiya
SYR city: Aleppo; Homs; Hama; Latakia; Idlib; Raqqa|Raqa|al-Raqqa; Deir ez-Zor|Deir el-Zour|Deir al-Zor|Deir Ezzor; Daraa|Deraa; Palmyra|Tadmur; Kobani|Kobane|Ain al-Arab; Qamishli; Afrin; Manbij; Douma; Tartus|Tartous; Hasakah|Hasaka|al-Hasakah; Quneitra; Suwayda|Sweida|Sweida; Hmeimim|Khmeimim; Jarabulus; Tal Abyad; Ras al-Ain; Al-Bab|al-Bab; Khan Sheikhoun; Maarat al-Numan; Abu Kamal|Albu Kamal|Al-Bukamal; Al-Tanf|al-Tanf|Tanf; Zabadani; Saraqeb; Jisr al-Shughur; Qusayr|al-Qusayr
IRQ region: Anbar; Iraqi Kurdistan|Kurdistan Region; Nineveh|Ninevah|Ninawa; Sinjar; Diyala; Salahuddin|Salah al-Din; Kurdistan region of Iraq
IRQ city: Basra|Basrah; Mosul; Erbil|Irbil|Arbil; Kirkuk; Najaf; Karbala|Kerbala; Fallujah|Falluja; Ramadi; Tikrit; Sulaimaniyah|Sulaymaniyah|Suleimaniyah; Samarra; Nasiriyah; Duhok|Dohuk; Halabja; Baqubah|Baquba; Kut; Hillah; Amarah; Ain al-Asad|Ain al-Assad; Haditha; Tal Afar; Qaim|al-Qaim; Umm Qasr; Taji; Balad
IRN region: Khuzestan; Sistan-Baluchestan|Sistan and Baluchestan|Sistan-Baluchistan; Iranian Kurdistan; Kish Island
IRN city: Mashhad; Isfahan|Esfahan; Karaj; Shiraz; Tabriz; Qom; Ahvaz|Ahwaz; Kermanshah; Bandar Abbas; Natanz; Fordow|Fordo; Bushehr; Arak; Zahedan; Chabahar; Kerman; Yazd; Rasht; Urmia; Hamadan; Ilam; Sanandaj; Mahabad; Parchin; Kharg Island; Abadan; Bandar Imam Khomeini
SAU city: Jeddah|Jidda; Mecca|Makkah; Medina|Madinah; Dammam; Taif; Dhahran; Abqaiq; Khobar|Al Khobar; Tabuk; Jizan|Jazan; Najran; Abha; Yanbu; Ras Tanura; NEOM
SAU region: Eastern Province; Qatif
ARE city: Dubai; Sharjah; Ajman; Fujairah; Ras al-Khaimah|Ras Al Khaimah; Al Ain; Jebel Ali
QAT city: Al Udeid|Al-Udeid; Lusail; Ras Laffan
BHR city: Muharraq
KWT city: Camp Arifjan
OMN city: Salalah; Sohar; Duqm
OMN region: Musandam|Musandam Peninsula; Dhofar
YEM city: Aden; Taiz|Taizz; Hodeidah|Hudaydah|Hodeida; Marib|Ma'rib; Mukalla; Saada|Sa'ada|Sa'dah; Dhamar; Ibb; Mocha|Mokha; Ras Isa
YEM region: Hadramout|Hadramawt|Hadhramaut; Shabwa; Abyan; Socotra
JOR city: Zarqa; Aqaba; Irbid; Mafraq; Zaatari
EGY city: Alexandria; Giza; Port Said; Suez; Sharm el-Sheikh|Sharm El-Sheikh|Sharm El Sheikh; Luxor; Aswan; Ismailia; El Arish|Arish|al-Arish; Hurghada; Mansoura; Tanta; Asyut|Assiut; Minya; Zagazig; New Administrative Capital
EGY region: Sinai|Sinai Peninsula|North Sinai; Upper Egypt; Nile Delta
# ===== Africa =============================================================
LBY city: Benghazi; Misrata|Misurata; Sirte; Derna; Tobruk; Sabha|Sebha; Zawiya; Ajdabiya; Ras Lanuf; Zintan; Tarhuna
LBY region: Cyrenaica; Tripolitania; Fezzan
TUN city: Sfax; Sousse; Kairouan; Ben Guerdane; Djerba
DZA city: Oran; Annaba; Setif|Sétif; Tamanrasset; Ouargla
DZA region: Kabylie|Kabylia
MAR city: Casablanca; Marrakesh|Marrakech; Fez|Fes|Fès; Tangier|Tangiers; Agadir; Meknes|Meknès; Oujda; Nador; Dakhla
SDN city: Omdurman; Port Sudan; El Fasher|al-Fashir|El-Fasher; Nyala; Wad Madani; El Geneina|Geneina; Kassala; El Obeid; Atbara; Kadugli
SDN region: Darfur|North Darfur|South Darfur|West Darfur; Kordofan|South Kordofan|North Kordofan; Blue Nile state; Gezira|Al Jazirah
SSD city: Malakal; Bor; Wau; Bentiu; Yei
ETH region: Tigray; Amhara; Oromia; Afar region; Somali region|Ogaden; Benishangul-Gumuz
ETH city: Mekelle|Mekele; Dire Dawa; Bahir Dar; Gondar; Adama; Hawassa; Lalibela; Dessie; Axum
ERI city: Massawa; Assab
SOM city: Hargeisa; Kismayo|Kismayu; Baidoa; Berbera; Bosaso|Bosasso; Garowe; Beledweyne; Galkayo
SOM region: Somaliland; Puntland; Jubaland; Lower Shabelle
KEN city: Mombasa; Kisumu; Nakuru; Eldoret; Garissa; Lamu; Mandera; Dadaab; Kakuma
UGA city: Entebbe; Gulu; Jinja; Mbarara
TZA city: Dar es Salaam; Arusha; Mwanza; Zanzibar City; Dodoma region
TZA region: Zanzibar
RWA city: Gisenyi|Rubavu
BDI city: Gitega region
COD city: Goma; Lubumbashi; Mbuji-Mayi; Kisangani; Bukavu; Kananga; Bunia; Beni; Butembo; Uvira; Kolwezi; Matadi
COD region: North Kivu; South Kivu; Kivu; Ituri; Katanga; Kasai; Equateur
NGA city: Lagos; Kano; Ibadan; Port Harcourt; Kaduna; Maiduguri; Benin City; Enugu; Sokoto; Zaria; Onitsha; Aba; Warri; Yola; Calabar; Owerri
NGA region: Borno|Borno State; Zamfara; Katsina; Niger Delta; Plateau State; Benue; Rivers State; Kebbi; Yobe; Adamawa
GHA city: Kumasi; Tamale; Takoradi
CIV city: Bouake|Bouaké; San-Pédro; Korhogo
CMR city: Douala; Bamenda; Buea; Maroua
CMR region: Anglophone regions; Far North region
SEN city: Touba; Saint-Louis; Ziguinchor
SEN region: Casamance
MLI city: Timbuktu|Tombouctou; Gao; Kidal; Mopti; Menaka|Ménaka; Segou|Ségou; Sikasso; Kayes
MLI region: Azawad
BFA city: Bobo-Dioulasso; Djibo; Koudougou
NER city: Agadez; Zinder; Maradi; Diffa; Tillaberi|Tillabéri; Arlit
TCD city: Abeche|Abéché; Moundou
CAF city: Bambari; Bangassou; Berberati
GAB city: Port-Gentil
COG city: Pointe-Noire
AGO city: Huambo; Lobito; Benguela
AGO region: Cabinda
MOZ city: Beira; Nampula; Pemba; Palma; Mocimboa da Praia|Mocímboa da Praia; Quelimane
MOZ region: Cabo Delgado
MWI city: Blantyre
ZMB city: Ndola; Kitwe
ZMB region: Copperbelt
ZWE city: Bulawayo; Mutare
ZAF city: Johannesburg; Durban; Soweto; Port Elizabeth|Gqeberha; Pietermaritzburg; East London; Polokwane; Rustenburg; Kimberley; Marikana; Sandton
ZAF region: KwaZulu-Natal; Gauteng; Western Cape; Eastern Cape; Limpopo province; Mpumalanga
NAM city: Walvis Bay
BWA city: Francistown
MDG city: Toamasina
# ===== South Asia ==========================================================
AFG city: Kandahar; Herat; Mazar-i-Sharif|Mazar-e-Sharif; Jalalabad; Kunduz; Ghazni; Khost; Lashkar Gah; Bagram; Bamiyan|Bamyan; Taloqan; Pul-e-Khumri; Farah; Gardez; Spin Boldak
AFG region: Helmand; Panjshir|Panjshir Valley; Nangarhar; Kunar; Badakhshan; Paktia; Paktika; Zabul; Uruzgan|Oruzgan; Wardak; Logar; Nuristan; Wakhan Corridor|Wakhan
PAK city: Karachi; Lahore; Faisalabad; Rawalpindi; Peshawar; Multan; Quetta; Gujranwala; Sialkot; Abbottabad; Bannu; Dera Ismail Khan; Gwadar; Muzaffarabad; Gilgit; Mardan; Sukkur; Bahawalpur; Sargodha; Mingora; Chaman; Torkham; Kohat; Khuzdar; Turbat
PAK region: Balochistan|Baluchistan; Khyber Pakhtunkhwa|KP|NWFP|North-West Frontier Province; Sindh; Waziristan|North Waziristan|South Waziristan; Gilgit-Baltistan; Azad Kashmir|Pakistan-administered Kashmir|Pakistan-controlled Kashmir|Azad Jammu and Kashmir; Swat|Swat Valley; Khyber|Khyber Pass; Bajaur; Kurram; Tirah; Federally Administered Tribal Areas|FATA
IND city: Mumbai|Bombay; Delhi|Old Delhi; Bangalore|Bengaluru; Hyderabad; Ahmedabad; Chennai|Madras; Kolkata|Calcutta; Surat; Pune|Poona; Jaipur; Lucknow; Kanpur; Nagpur; Indore; Bhopal; Visakhapatnam; Patna; Vadodara; Ludhiana; Agra; Nashik; Varanasi; Srinagar; Amritsar; Prayagraj|Allahabad; Ranchi; Coimbatore; Kochi|Cochin; Madurai; Guwahati; Chandigarh; Gurugram|Gurgaon; Noida; Thiruvananthapuram|Trivandrum; Imphal; Jammu; Leh; Mangaluru|Mangalore; Mysuru|Mysore; Raipur; Bhubaneswar; Dehradun; Shimla; Ayodhya; Pathankot; Uri; Pulwama; Pahalgam; Jodhpur; Udaipur; Gandhinagar; Aizawl; Kohima; Itanagar; Shillong; Agartala; Gangtok
IND region: Uttar Pradesh; Maharashtra; Bihar; West Bengal; Madhya Pradesh; Tamil Nadu; Rajasthan; Karnataka; Gujarat; Andhra Pradesh; Odisha|Orissa; Telangana; Kerala; Jharkhand; Assam; Haryana; Chhattisgarh; Uttarakhand; Himachal Pradesh; Manipur; Nagaland; Mizoram; Tripura; Meghalaya; Arunachal Pradesh; Sikkim; Ladakh; Jammu and Kashmir|Jammu & Kashmir|Indian-administered Kashmir|Indian Kashmir; Goa; Andaman and Nicobar Islands|Andaman Islands; Lakshadweep; Galwan Valley|Galwan; Doklam
BGD city: Chittagong|Chattogram; Khulna; Sylhet; Rajshahi; Cox's Bazar; Narayanganj; Gazipur
LKA city: Kandy; Jaffna; Galle; Trincomalee; Hambantota; Batticaloa
NPL city: Pokhara; Lalitpur; Biratnagar
BTN city: Paro
MDV city: Malé|Male city; Addu
# ===== East and Southeast Asia =============================================
CHN region: Xinjiang; Tibet; Inner Mongolia; Guangdong; Fujian; Zhejiang; Jiangsu; Shandong; Henan; Hubei; Hunan; Sichuan; Yunnan; Guangxi; Hebei; Shanxi; Shaanxi; Liaoning; Jilin; Heilongjiang; Anhui; Jiangxi; Guizhou; Gansu; Qinghai; Ningxia; Hainan; Manchuria; Pearl River Delta; Greater Bay Area
CHN city: Shanghai; Guangzhou|Canton; Shenzhen; Tianjin; Chongqing|Chungking; Chengdu; Wuhan; Nanjing|Nanking; Xi'an|Xian; Hangzhou; Shenyang; Harbin; Dalian; Qingdao; Zhengzhou; Jinan; Changsha; Kunming; Urumqi|Ürümqi; Lhasa; Xiamen; Suzhou; Hefei; Fuzhou; Nanning; Changchun; Shijiazhuang; Taiyuan; Nanchang; Guiyang; Lanzhou; Hohhot; Ningbo; Dongguan; Foshan; Wuxi; Kashgar; Zhuhai; Sanya; Haikou; Xining; Yinchuan; Shantou; Wenzhou; Yiwu; Dandong; Hotan; Yining|Ghulja; Lop Nur; Jiuquan; Wenchang; Xichang; Zhanjiang; Zhoushan; Tangshan; Baotou; Luoyang; Kaifeng; Yantai; Weihai; Qingdao port
TWN city: Kaohsiung; Taichung; Tainan; Hsinchu; Taoyuan; Keelung; Hualien; Taitung; New Taipei
TWN region: Kinmen|Quemoy; Matsu|Matsu Islands; Penghu|Pescadores; Pratas Islands|Pratas
KOR city: Busan|Pusan; Incheon|Inchon; Daegu|Taegu; Daejeon|Taejon; Gwangju|Kwangju; Ulsan; Suwon; Pyeongtaek; Changwon; Pohang; Gangneung; Seongju; Osan
KOR region: Jeju|Jeju Island|Cheju; Gyeonggi|Gyeonggi Province; Gangwon
- region: Demilitarized Zone|DMZ|Korean Demilitarized Zone; Panmunjom|Joint Security Area; Northern Limit Line
PRK city: Kaesong; Wonsan; Hamhung; Sinuiju; Chongjin; Nampo; Rason|Rajin; Kimchaek
PRK region: Yongbyon; Punggye-ri; Sohae; Tongchang-ri; Mount Paektu
JPN city: Osaka; Yokohama; Nagoya; Sapporo; Kobe; Kyoto; Fukuoka; Kawasaki; Saitama; Hiroshima; Sendai; Nagasaki; Naha; Kitakyushu; Chiba; Niigata; Yokosuka; Sasebo; Iwakuni; Misawa; Kure; Hakodate
JPN region: Okinawa; Fukushima; Hokkaido; Kyushu; Honshu; Shikoku; Ryukyu Islands|Ryukyus; Yonaguni; Ishigaki; Miyako; Tsushima; Iwo Jima; Ogasawara Islands
MNG city: Erdenet; Darkhan
VNM city: Ho Chi Minh City|Saigon; Haiphong|Hai Phong; Da Nang|Danang; Hue|Huế; Nha Trang; Can Tho|Cần Thơ; Cam Ranh Bay|Cam Ranh
LAO city: Luang Prabang
KHM city: Siem Reap; Sihanoukville; Battambang
KHM region: Ream Naval Base
THA city: Chiang Mai; Phuket; Pattaya; Hat Yai; Khon Kaen; Udon Thani; Nakhon Ratchasima|Korat; U-Tapao; Mae Sot
THA region: Pattani; Yala; Narathiwat
MMR city: Yangon|Rangoon; Mandalay; Sittwe; Myitkyina; Lashio; Mawlamyine|Moulmein; Bago; Myawaddy; Kyaukphyu; Muse
MMR region: Rakhine|Rakhine State|Arakan; Shan State|Shan; Kachin State|Kachin; Karen State|Kayin|Kayin State; Chin State; Sagaing; Magway; Kayah|Karenni; Mon State; Tanintharyi|Tenasserim; Irrawaddy|Ayeyarwady
MYS city: Penang|George Town Penang; Johor Bahru; Kota Kinabalu; Kuching; Ipoh; Malacca|Melaka; Shah Alam; Klang
MYS region: Sabah; Sarawak; Johor; Kelantan; Terengganu; Selangor
SGP city: Changi
IDN city: Surabaya; Bandung; Medan; Semarang; Makassar; Palembang; Yogyakarta; Batam; Denpasar; Balikpapan; Manado; Jayapura; Banda Aceh; Pontianak; Ambon; Nusantara
IDN region: Bali; Java; Sumatra; Aceh; Papua; West Papua; Sulawesi; Kalimantan; Maluku|Moluccas; Lombok; Natuna Islands|Natuna; Riau; Nusa Tenggara
PHL city: Quezon City; Davao|Davao City; Cebu|Cebu City; Marawi; Zamboanga|Zamboanga City; Jolo; Cotabato; Iloilo; Cagayan de Oro; Makati; Subic Bay|Subic; Clark; Legazpi; Tacloban; Puerto Princesa
PHL region: Mindanao; Luzon; Visayas; Palawan; Sulu; Basilan; Bangsamoro; Batanes
TLS city: Baucau
PNG region: Bougainville
# ===== Oceania ============================================================
AUS region: New South Wales; Queensland; Tasmania; Western Australia; South Australia; Northern Territory; Australian Capital Territory
AUS city: Sydney; Melbourne; Brisbane; Perth; Adelaide; Gold Coast; Hobart; Cairns; Townsville; Newcastle NSW; Pine Gap; Alice Springs
NZL city: Auckland; Christchurch; Dunedin
FJI city: Nadi
"""


def main():
    countries = L.read_tsv("countries.tsv")
    codes = {r[0] for r in countries}
    taken = {}
    for r in countries:
        for v in [r[1]] + L.split_cell(r[2]) + L.split_cell(r[3]) + L.split_cell(r[4]):
            taken[v] = r[0]

    rows = []
    seen = {}
    for line in DATA.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, body = line.partition(":")
        code, kind = head.split()
        if kind not in KINDS:
            sys.exit("bad kind in %r" % line)
        code = "" if code == "-" else code
        if code and code not in codes:
            sys.exit("unknown country code %s" % code)
        for entry in body.split(";"):
            vals = L.with_ascii(L.bars(entry))
            if not vals:
                continue
            for v in vals:
                if v in taken:
                    sys.exit("%r is already a country name, demonym or capital (%s)" % (v, taken[v]))
                if v in seen:
                    sys.exit("%r listed twice (%s and %s)" % (v, seen[v], vals[0]))
                seen[v] = vals[0]
            rows.append([vals[0], L.cell(vals[1:]), code, kind])
    L.write_tsv("places.tsv", ["name", "aliases", "country", "kind"], rows)


if __name__ == "__main__":
    main()
