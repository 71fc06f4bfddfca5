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

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

KINDS = ("city", "region", "continent", "sea")

DATA = r"""
# ===== continents and macro-regions =====================================
- continent: Europe|European|Europeans; Asia|Asian|Asians; Africa|African|Africans; North America|North American|North Americans; South America|South American|South Americans; Oceania; Eurasia|Eurasian; Americas|the Americas
- region: Middle East|Mideast|Middle Eastern|Mideast; Near East; Far East; Latin America|Latin American|Latin Americans; Central America|Central American|Central Americans; Caribbean; Balkans|Western Balkans|Balkan; Caucasus|South Caucasus|Transcaucasia; North Caucasus|Northern Caucasus; Gulf region|Gulf|Gulf states; Sahel; Levant; Arab world|Arab|Arabs; Maghreb; Korean Peninsula|Korean peninsula; Horn of Africa; Southeast Asia|South-East Asia|South East Asia|Southeast Asian; Central Asia|Central Asian; South Asia|South Asian; East Asia|East Asian; Northeast Asia|North-East Asia; Asia-Pacific|Asia Pacific; Indo-Pacific; Scandinavia|Scandinavian|Scandinavians; Nordic region|Nordics|Nordic; Baltics|Baltic states|Baltic States; Eastern Europe; Western Europe; Central Europe; Northern Europe; Southern Europe; West Africa|West African; East Africa|East African; North Africa|North African; Southern Africa; Central Africa; Sub-Saharan Africa|sub-Saharan Africa|Sub-Saharan African|sub-Saharan African; Great Lakes region; Arctic; Antarctic; Iberian Peninsula|Iberia; Arabian Peninsula; Kurdistan; Kashmir; Punjab; Bengal; Patagonia; Amazon rainforest|Amazonia|Amazon basin; Sahara|Sahara Desert; Pacific Islands; Polynesia; Melanesia; Mesopotamia; Eastern Mediterranean; Siachen Glacier|Siachen; Aksai Chin; North Pole; South Pole; Spratly Islands|Spratlys; Paracel Islands|Paracels; Scarborough Shoal; Second Thomas Shoal; Senkaku Islands|Senkakus|Diaoyu Islands|Diaoyus; Dokdo|Takeshima|Liancourt Rocks; Kuril Islands|Kurils|Kuriles|Northern Territories; Abyei; Borneo; New Guinea; Lake Chad Basin; Silesia; Galicia; Bessarabia; Lapland; Tyrol
# ===== seas and waterways ===============================================
- sea: Black Sea; Sea of Azov|Azov Sea; Caspian Sea|Caspian; Baltic Sea|Baltic; Mediterranean Sea|Mediterranean; Red Sea; Arabian Sea; Persian Gulf|Arabian Gulf; Gulf of Oman; Gulf of Aden; Strait of Hormuz|Hormuz Strait|Straits of Hormuz|Hormuz; Bab el-Mandeb|Bab al-Mandab|Bab-el-Mandeb; Bosphorus|Bosporus; Dardanelles; Turkish Straits; South China Sea; East China Sea; Yellow Sea; Sea of Japan|East Sea; Taiwan Strait|Strait of Taiwan|Formosa Strait; Strait of Malacca|Malacca Strait|Straits of Malacca; Indian Ocean; Pacific Ocean|Pacific; Atlantic Ocean|Atlantic; Arctic Ocean; Southern Ocean; North Sea; Norwegian Sea; Barents Sea; Kara Sea; Bering Sea; Bering Strait; Sea of Okhotsk; Gulf of Mexico|Gulf of America; Caribbean Sea; English Channel; Irish Sea; Adriatic Sea|Adriatic; Aegean Sea|Aegean; Ionian Sea; Tyrrhenian Sea; Gulf of Aqaba; Dead Sea; Sea of Galilee; Kerch Strait; Strait of Gibraltar; Gulf of Guinea; Mozambique Channel; Gulf of Finland; Gulf of Bothnia; Gulf of Thailand; Bay of Bengal; Philippine Sea; Coral Sea; Tasman Sea; Celebes Sea; Java Sea; Sulu Sea; Gulf of Tonkin; Lake Victoria; Lake Tanganyika; Lake Baikal; Lake Chad; Lake Malawi|Lake Nyasa|Lake Niassa; Lake Kivu; Lake Albert; Lake Edward; Lake Turkana; Lake Tana; Lake Kariba; Lake Nasser; Lake Titicaca; Lake Maracaibo; Lake Geneva; Lake Constance; Lake Ohrid; Lake Prespa; Lake Ladoga; Lake Van; Lake Urmia; Lake Balkhash; Lake Issyk-Kul|Issyk-Kul; Aral Sea; Great Lakes; Nile|Nile River|River Nile; Blue Nile; White Nile; Euphrates|Euphrates River; Tigris|Tigris River; Danube|Danube River; Rhine|Rhine River; Jordan River|River Jordan; Dnieper|Dnieper River|Dnipro River; Dniester|Dniester River; Don River; Volga|Volga River; Yalu River|Yalu; Amur River|Amur; Mekong|Mekong River; Indus|Indus River; Ganges|Ganges River; Brahmaputra; Yangtze|Yangtze River; Yellow River; Rio Grande; Amazon River; Orinoco; Congo River; Niger River; Zambezi; Limpopo; Shatt al-Arab; Litani River; Oder|Oder River; Vistula; Elbe; Thames|River Thames; Seine; Hudson River; Mississippi River; Panama Canal; Suez Canal; Kiel Canal
# ===== United States ====================================================
USA region: Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; New York State|New York state; North Carolina; North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; Washington State|Washington state; West Virginia; Wisconsin; Wyoming; Silicon Valley; Manhattan; Brooklyn; Bronx; Long Island; Midwest; New England; Pearl Harbor; Guantanamo Bay|Guantánamo Bay|Guantanamo|Guantánamo; Camp David; Mar-a-Lago; Aleutian Islands
USA city: New York|New York City|NYC; Los Angeles|L.A.; Chicago; Houston; Phoenix; Philadelphia; San Antonio; San Diego; Dallas; Fort Worth; Jacksonville; Columbus; Indianapolis; San Francisco; Seattle; Denver; Nashville; Oklahoma City; El Paso; Boston; Portland; Las Vegas; Detroit; Memphis; Louisville; Baltimore; Milwaukee; Albuquerque; Tucson; Fresno; Sacramento; Kansas City; Atlanta; Miami; Omaha; Minneapolis; Tulsa; Tampa; New Orleans; Cleveland; Honolulu; Anchorage; Pittsburgh; Cincinnati; St. Louis|St Louis|Saint Louis; Salt Lake City; Orlando; Charleston; Oakland; Palm Beach; Annapolis; Albany; Boise; Des Moines; Little Rock; Santa Fe; Juneau; Harrisburg; Tallahassee; Baton Rouge; Dearborn; Fort Bragg; Fort Hood
# ===== Canada, Mexico, Central America, Caribbean =======================
CAN region: Ontario; Quebec; British Columbia; Alberta; Manitoba; Saskatchewan; Nova Scotia; New Brunswick; Newfoundland and Labrador|Newfoundland; Prince Edward Island; Yukon; Nunavut; Northwest Territories
CAN city: Toronto; Montreal|Montréal; Vancouver; Calgary; Edmonton; Winnipeg; Quebec City; Halifax; Mississauga; Saskatoon
MEX region: Sinaloa; Chihuahua; Jalisco; Michoacán; Guerrero; Tamaulipas; Sonora; Baja California; Oaxaca; Chiapas; Veracruz; Yucatán; Nuevo León; Zacatecas; Durango; Coahuila; Guanajuato; Quintana Roo
MEX city: Guadalajara; Monterrey; Puebla; Tijuana; Ciudad Juárez|Juárez; Cancún; Acapulco; Culiacán; Mérida; Nuevo Laredo; Matamoros; Reynosa; Mexicali; Hermosillo; Toluca; Querétaro; Aguascalientes
HND city: San Pedro Sula
CUB city: Santiago de Cuba
HTI city: Cap-Haïtien
DOM city: Santiago de los Caballeros
# ===== South America ====================================================
COL city: Medellín; Cali; Barranquilla; Cartagena; Cúcuta; Bucaramanga
COL region: Antioquia; Catatumbo; Cauca
VEN city: Maracaibo; Barquisimeto; Maracay; Ciudad Guayana
VEN region: Zulia; Táchira
GUY region: Essequibo
ECU city: Guayaquil; Cuenca
PER city: Arequipa; Cusco|Cuzco
BOL city: Santa Cruz de la Sierra; Cochabamba; El Alto
BRA region: Amazonas; Minas Gerais; Bahia; Rio Grande do Sul; Paraná; Santa Catarina; Pernambuco; Ceará; Roraima; Mato Grosso; Goiás; Maranhão; Espírito Santo; Rondônia
BRA city: São Paulo; Rio de Janeiro|Rio; Fortaleza; Belo Horizonte; Manaus; Curitiba; Recife; Porto Alegre; Belém; Goiânia; Campinas; São Luís; Maceió; Natal; Florianópolis
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
FRA region: Corsica; Brittany; Normandy; Alsace; Provence; Île-de-France; Occitanie
FRA city: Marseille|Marseilles; Lyon|Lyons; Toulouse; Nantes; Strasbourg; Bordeaux; Lille; Montpellier; Rennes; Calais; Cannes; Versailles; Grenoble; Toulon; Le Havre; Dunkirk; Ajaccio
BEL region: Flanders; Wallonia
BEL city: Antwerp; Ghent; Liège; Bruges; Charleroi
NLD city: Rotterdam; Utrecht; Eindhoven; Maastricht; Groningen
DEU region: Bavaria|Bayern; Saxony; Thuringia; Brandenburg; Hesse; Lower Saxony; North Rhine-Westphalia; Baden-Württemberg; Schleswig-Holstein; Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern; Saxony-Anhalt; Rhineland-Palatinate; Saarland; Ruhr
DEU city: Hamburg; Munich|München; Cologne|Köln; Frankfurt; Stuttgart; Düsseldorf; Dortmund; Essen; Leipzig; Dresden; Hanover|Hannover; Nuremberg|Nürnberg; Bremen; Potsdam; Duisburg; Wiesbaden; Mainz; Karlsruhe; Ramstein; Magdeburg; Kiel; Rostock; Heidelberg; Aachen
CHE city: Geneva|Genève; Zurich|Zürich; Basel; Lausanne; Davos; Lucerne
AUT city: Salzburg; Graz; Innsbruck; Linz
# ===== Southern Europe ==================================================
ITA region: Sicily; Sardinia; Lombardy; Calabria; Tuscany; Veneto; Piedmont; Campania; Apulia|Puglia; Lampedusa; South Tyrol
ITA city: Milan|Milano; Naples|Napoli; Turin|Torino; Palermo; Genoa|Genova; Bologna; Florence|Firenze; Venice|Venezia; Bari; Catania; Trieste; Verona; Messina
ESP region: Catalonia|Cataluña|Catalunya; Basque Country; Andalusia; Canary Islands|Canaries; Balearic Islands|Balearics; Ceuta; Melilla; Aragon; Castile; Navarre
ESP city: Barcelona; Valencia; Seville|Sevilla; Zaragoza; Málaga; Bilbao; Palma de Mallorca|Palma; Alicante; Murcia; Las Palmas; Granada; Cádiz; San Sebastián; Pamplona
PRT region: Azores; Madeira; Algarve
PRT city: Porto|Oporto
GRC region: Crete; Lesbos|Lesvos; Rhodes; Corfu; Samos; Chios
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
ROU region: Transylvania
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
UKR city: Kharkiv|Kharkov; Odesa|Odessa; Dnipro|Dnipropetrovsk; Donetsk; Zaporizhzhia|Zaporizhia|Zaporozhye; Lviv|Lvov; Kherson; Mykolaiv|Mykolayiv|Nikolaev; Mariupol; Luhansk|Lugansk; Bakhmut|Artemivsk; Avdiivka; Kramatorsk; Sloviansk|Slovyansk|Slavyansk; Sievierodonetsk|Severodonetsk; Lysychansk; Kupiansk; Pokrovsk; Melitopol; Berdiansk|Berdyansk; Chernihiv; Sumy; Poltava; Vinnytsia; Zhytomyr; Bucha; Irpin; Izium|Izyum; Enerhodar; Chernobyl|Chornobyl; Uzhhorod; Chernivtsi; Ivano-Frankivsk; Ternopil; Khmelnytskyi; Kropyvnytskyi; Rivne; Lutsk; Kryvyi Rih; Vuhledar; Toretsk; Chasiv Yar; Kurakhove; Horlivka; Makiivka; Nova Kakhovka; Kakhovka; Sevastopol; Simferopol; Kerch; Yalta; Feodosia; Dzhankoi; Robotyne; Hostomel
BLR city: Gomel|Homel; Grodno|Hrodna; Vitebsk|Viciebsk; Mogilev|Mahilyow
MDA region: Transnistria|Transdniestria|Trans-Dniester|Transdniester; Gagauzia
MDA city: Tiraspol; Balti|Bălți
# ===== Russia =============================================================
RUS region: Chechnya; Dagestan; Ingushetia; North Ossetia; Kabardino-Balkaria; Tatarstan; Bashkortostan; Siberia; Urals|Ural Mountains; Sakhalin; Kamchatka; Chukotka; Yakutia; Karelia; Russian Far East; Buryatia; Tuva; Primorye
RUS city: Saint Petersburg|St. Petersburg|St Petersburg|Leningrad; Novosibirsk; Yekaterinburg|Ekaterinburg; Kazan; Nizhny Novgorod; Chelyabinsk; Samara; Omsk; Rostov-on-Don|Rostov; Ufa; Krasnoyarsk; Voronezh; Perm; Volgograd|Stalingrad; Krasnodar; Saratov; Tyumen; Vladivostok; Kaliningrad; Murmansk; Irkutsk; Khabarovsk; Sochi; Grozny; Makhachkala; Yaroslavl; Tver; Bryansk; Kursk; Belgorod; Pskov; Tula; Smolensk; Novorossiysk; Arkhangelsk; Norilsk; Yakutsk; Vladikavkaz; Nalchik; Astrakhan; Orenburg; Severomorsk; Taganrog; Yeysk; Tomsk; Barnaul; Izhevsk; Ulyanovsk; Penza; Lipetsk; Cheboksary; Kemerovo; Novokuznetsk; Ryazan; Magadan; Petropavlovsk-Kamchatsky; Baltiysk; Kronstadt; Plesetsk; Vostochny
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
TKM city: Turkmenabat
# ===== Middle East ========================================================
TUR region: Anatolia; Hatay; Thrace
TUR city: Istanbul|Constantinople; Izmir|İzmir; Bursa; Antalya; Adana; Gaziantep; Konya; Diyarbakir|Diyarbakır; Incirlik|İncirlik; Kilis; Sanliurfa|Şanlıurfa|Urfa; Mersin; Kayseri; Trabzon; Kahramanmaras|Kahramanmaraş; Malatya; Eskisehir|Eskişehir; Erzurum; Samsun; Antakya; Iskenderun|İskenderun; Mardin
ISR city: Tel Aviv|Tel Aviv-Yafo; Haifa; Eilat; Ashkelon; Ashdod; Beersheba|Be'er Sheva|Beer Sheva; Netanya; Sderot; Nazareth; Dimona; Herzliya; Rishon LeZion; Petah Tikva; Kiryat Shmona; Metula; Akko|Acco; Nahariya; Safed; Tiberias; Bnei Brak
ISR region: Negev; Galilee
SYR region: Golan Heights|Golan; Eastern Ghouta|Ghouta; Jazira
PSE region: Gaza Strip|Gaza; West Bank|Judea and Samaria; East Jerusalem
PSE city: Gaza City; Khan Younis|Khan Yunis; Rafah; Jenin; Nablus; Hebron; Bethlehem; Jericho; Tulkarm; Deir al-Balah|Deir el-Balah; Jabalia|Jabaliya; Nuseirat; Beit Lahia; Beit Hanoun; Qalqilya; Bureij; Maghazi; Shati
LBN city: Sidon|Saida; Tyre; Baalbek; Nabatieh; Byblos|Jbeil; Zahle; Marjayoun
LBN region: Bekaa Valley|Bekaa|Beqaa; Dahiyeh|Dahieh|Dahiya
SYR city: Aleppo; Homs; Hama; Latakia; Idlib; Raqqa|Raqa|al-Raqqa; Deir ez-Zor|Deir el-Zour|Deir al-Zor|Deir Ezzor; Daraa|Deraa; Palmyra|Tadmur; Kobani|Kobane|Ain al-Arab; Qamishli; Afrin; Manbij; Douma; Tartus|Tartous; Hasakah|Hasaka|al-Hasakah; Quneitra; Suwayda|Sweida|Sweida; Hmeimim|Khmeimim; Jarabulus; Tal Abyad; Ras al-Ain; Al-Bab|al-Bab; Khan Sheikhoun; Maarat al-Numan; Abu Kamal|Albu Kamal|Al-Bukamal; Al-Tanf|al-Tanf|Tanf; Zabadani; Saraqeb; Jisr al-Shughur; Qusayr|al-Qusayr
IRQ region: Anbar; Iraqi Kurdistan|Kurdistan Region|Kurdistan region of Iraq; Nineveh|Ninevah|Ninawa; Sinjar; Diyala; Salahuddin|Salah al-Din
IRQ city: Basra|Basrah; Mosul; Erbil|Irbil|Arbil; Kirkuk; Najaf; Karbala|Kerbala; Fallujah|Falluja; Ramadi; Tikrit; Sulaimaniyah|Sulaymaniyah|Suleimaniyah; Samarra; Nasiriyah; Duhok|Dohuk; Halabja; Baqubah|Baquba; Kut; Hillah; Amarah; Ain al-Asad|Ain al-Assad; Haditha; Tal Afar; Qaim|al-Qaim; Umm Qasr; Taji; Balad
IRN region: Khuzestan; Sistan-Baluchestan|Sistan and Baluchestan|Sistan-Baluchistan; Iranian Kurdistan; Kish Island
IRN city: Mashhad; Isfahan|Esfahan; Karaj; Shiraz; Tabriz; Qom; Ahvaz|Ahwaz; Kermanshah; Bandar Abbas; Natanz; Fordow|Fordo; Bushehr; Arak; Zahedan; Chabahar; Kerman; Yazd; Rasht; Urmia; Hamadan; Ilam; Sanandaj; Mahabad; Parchin; Kharg Island; Abadan; Bandar Imam Khomeini
SAU city: Jeddah|Jidda; Mecca|Makkah; Medina|Madinah; Dammam; Taif; Dhahran; Abqaiq; Khobar|Al Khobar; Tabuk; Jizan|Jazan; Najran; Abha; Yanbu; Ras Tanura; NEOM
SAU region: Qatif
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
ETH city: Mekelle|Mekele; Dire Dawa; Bahir Dar; Gondar; Hawassa; Lalibela; Dessie; Axum
ERI city: Massawa; Assab
SOM city: Hargeisa; Kismayo|Kismayu; Baidoa; Berbera; Bosaso|Bosasso; Garowe; Beledweyne; Galkayo
SOM region: Somaliland; Puntland; Jubaland; Lower Shabelle
KEN city: Mombasa; Kisumu; Nakuru; Eldoret; Garissa; Lamu; Mandera; Dadaab; Kakuma
UGA city: Entebbe; Gulu; Jinja; Mbarara
TZA city: Dar es Salaam; Arusha; Mwanza; Zanzibar City
TZA region: Zanzibar
RWA city: Gisenyi|Rubavu
COD city: Goma; Lubumbashi; Mbuji-Mayi; Kisangani; Bukavu; Kananga; Bunia; Beni; Butembo; Uvira; Kolwezi; Matadi
COD region: North Kivu; South Kivu; Kivu; Ituri; Katanga; Kasai; Equateur
NGA city: Lagos; Kano; Ibadan; Port Harcourt; Kaduna; Maiduguri; Benin City; Enugu; Sokoto; Zaria; Onitsha; Warri; Yola; Calabar; Owerri
NGA region: Borno|Borno State; Zamfara; Katsina; Niger Delta; Plateau State; Benue; Rivers State; Kebbi; Yobe; Adamawa
GHA city: Kumasi; Takoradi
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
MOZ city: Beira; Nampula; Pemba; Mocimboa da Praia|Mocímboa da Praia; Quelimane
MOZ region: Cabo Delgado
MWI city: Blantyre
ZMB city: Ndola; Kitwe
ZMB region: Copperbelt
ZWE city: Bulawayo; Mutare
ZAF city: Johannesburg; Durban; Soweto; Port Elizabeth|Gqeberha; Pietermaritzburg; Polokwane; Rustenburg; Marikana; Sandton
ZAF region: KwaZulu-Natal; Gauteng; Western Cape; Eastern Cape; Limpopo province; Mpumalanga
NAM city: Walvis Bay
BWA city: Francistown
MDG city: Toamasina
# ===== South Asia ==========================================================
AFG city: Kandahar; Herat; Mazar-i-Sharif|Mazar-e-Sharif; Jalalabad; Kunduz; Ghazni; Khost; Lashkar Gah; Bagram; Bamiyan|Bamyan; Taloqan; Pul-e-Khumri; Gardez; Spin Boldak
AFG region: Helmand; Panjshir|Panjshir Valley; Nangarhar; Kunar; Badakhshan; Paktia; Paktika; Zabul; Uruzgan|Oruzgan; Wardak; Logar; Nuristan; Wakhan Corridor|Wakhan
PAK city: Karachi; Lahore; Faisalabad; Rawalpindi; Peshawar; Multan; Quetta; Gujranwala; Sialkot; Abbottabad; Bannu; Dera Ismail Khan; Gwadar; Muzaffarabad; Gilgit; Mardan; Sukkur; Bahawalpur; Sargodha; Mingora; Chaman; Torkham; Kohat; Khuzdar; Turbat
PAK region: Balochistan|Baluchistan; Khyber Pakhtunkhwa|NWFP|North-West Frontier Province; Sindh; Waziristan|North Waziristan|South Waziristan; Gilgit-Baltistan; Azad Kashmir|Pakistan-administered Kashmir|Pakistan-controlled Kashmir|Azad Jammu and Kashmir; Swat|Swat Valley; Khyber|Khyber Pass; Bajaur; Kurram; Tirah; Federally Administered Tribal Areas|FATA
IND city: Mumbai|Bombay; Delhi|Old Delhi; Bangalore|Bengaluru; Hyderabad; Ahmedabad; Chennai|Madras; Kolkata|Calcutta; Surat; Pune|Poona; Jaipur; Lucknow; Kanpur; Nagpur; Indore; Bhopal; Visakhapatnam; Patna; Vadodara; Ludhiana; Agra; Nashik; Varanasi; Srinagar; Amritsar; Prayagraj|Allahabad; Ranchi; Coimbatore; Kochi|Cochin; Madurai; Guwahati; Chandigarh; Gurugram|Gurgaon; Noida; Thiruvananthapuram|Trivandrum; Imphal; Jammu; Leh; Mangaluru|Mangalore; Mysuru|Mysore; Raipur; Bhubaneswar; Dehradun; Shimla; Ayodhya; Pathankot; Pulwama; Pahalgam; Jodhpur; Udaipur; Gandhinagar; Aizawl; Kohima; Itanagar; Shillong; Agartala; Gangtok
IND region: Uttar Pradesh; Maharashtra; Bihar; West Bengal; Madhya Pradesh; Tamil Nadu; Rajasthan; Karnataka; Gujarat; Andhra Pradesh; Odisha|Orissa; Telangana; Kerala; Jharkhand; Assam; Haryana; Chhattisgarh; Uttarakhand; Himachal Pradesh; Manipur; Nagaland; Mizoram; Tripura; Meghalaya; Arunachal Pradesh; Sikkim; Ladakh; Jammu and Kashmir|Jammu & Kashmir|Indian-administered Kashmir|Indian Kashmir; Goa; Andaman and Nicobar Islands|Andaman Islands; Lakshadweep; Galwan Valley|Galwan; Doklam
BGD city: Chittagong|Chattogram; Khulna; Sylhet; Rajshahi; Cox's Bazar; Narayanganj; Gazipur
LKA city: Kandy; Jaffna; Galle; Trincomalee; Hambantota; Batticaloa
NPL city: Pokhara; Lalitpur; Biratnagar
BTN city: Paro
MDV city: Addu
# ===== East and Southeast Asia =============================================
CHN region: Xinjiang; Tibet; Inner Mongolia; Guangdong; Fujian; Zhejiang; Jiangsu; Shandong; Henan; Hubei; Hunan; Sichuan; Yunnan; Guangxi; Hebei; Shanxi; Shaanxi; Liaoning; Jilin; Heilongjiang; Anhui; Jiangxi; Guizhou; Gansu; Qinghai; Ningxia; Hainan; Manchuria; Pearl River Delta; Greater Bay Area
CHN city: Shanghai; Guangzhou|Canton; Shenzhen; Tianjin; Chongqing|Chungking; Chengdu; Wuhan; Nanjing|Nanking; Xi'an|Xian; Hangzhou; Shenyang; Harbin; Dalian; Qingdao; Zhengzhou; Jinan; Changsha; Kunming; Urumqi|Ürümqi; Lhasa; Xiamen; Suzhou; Hefei; Fuzhou; Nanning; Changchun; Shijiazhuang; Taiyuan; Nanchang; Guiyang; Lanzhou; Hohhot; Ningbo; Dongguan; Foshan; Wuxi; Kashgar; Zhuhai; Sanya; Haikou; Xining; Yinchuan; Shantou; Wenzhou; Yiwu; Dandong; Hotan; Yining|Ghulja; Lop Nur; Jiuquan; Wenchang; Xichang; Zhanjiang; Zhoushan; Tangshan; Baotou; Luoyang; Kaifeng; Yantai; Weihai
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
VNM city: Ho Chi Minh City; Haiphong|Hai Phong; Da Nang|Danang; Hue|Huế; Nha Trang; Can Tho|Cần Thơ; Cam Ranh Bay|Cam Ranh
LAO city: Luang Prabang
KHM city: Siem Reap; Sihanoukville; Battambang
KHM region: Ream Naval Base
THA city: Chiang Mai; Phuket; Pattaya; Hat Yai; Khon Kaen; Udon Thani; Nakhon Ratchasima|Korat; U-Tapao; Mae Sot
THA region: Pattani; Yala; Narathiwat
MMR city: Yangon|Rangoon; Mandalay; Sittwe; Myitkyina; Lashio; Mawlamyine|Moulmein; Bago; Myawaddy; Kyaukphyu
MMR region: Rakhine|Rakhine State|Arakan; Shan State; Kachin State|Kachin; Karen State|Kayin|Kayin State; Chin State; Sagaing; Magway; Kayah|Karenni; Mon State; Tanintharyi|Tenasserim; Irrawaddy|Ayeyarwady
MYS city: Penang; Johor Bahru; Kota Kinabalu; Kuching; Ipoh; Malacca|Melaka; Shah Alam; Klang
MYS region: Sabah; Sarawak; Johor; Kelantan; Terengganu; Selangor
SGP city: Changi
IDN city: Surabaya; Bandung; Medan; Semarang; Makassar; Palembang; Yogyakarta; Batam; Denpasar; Balikpapan; Manado; Jayapura; Banda Aceh; Pontianak; Ambon; Nusantara
IDN region: Bali; Java; Sumatra; Aceh; Papua; West Papua; Sulawesi; Kalimantan; Maluku|Moluccas; Lombok; Natuna Islands|Natuna; Riau; Nusa Tenggara
PHL city: Quezon City; Davao|Davao City; Cebu|Cebu City; Marawi; Zamboanga|Zamboanga City; Jolo; Cotabato; Iloilo; Cagayan de Oro; Makati; Subic Bay|Subic; Legazpi; Tacloban; Puerto Princesa
PHL region: Mindanao; Luzon; Visayas; Palawan; Sulu; Basilan; Bangsamoro; Batanes
TLS city: Baucau
PNG region: Bougainville
# ===== Oceania ============================================================
AUS region: New South Wales; Queensland; Tasmania; Western Australia; South Australia; Northern Territory; Australian Capital Territory
AUS city: Sydney; Melbourne; Brisbane; Perth; Adelaide; Gold Coast; Hobart; Cairns; Townsville; Pine Gap; Alice Springs
NZL city: Auckland; Christchurch; Dunedin
FJI city: Nadi
# ===== further cities of about a million people or more ==================
CHN city: Xuzhou; Linyi; Handan; Quanzhou; Changzhou; Zibo; Nantong; Datong; Anshan; Fushun; Qiqihar; Mianyang; Nanyang; Jilin City; Jiangmen; Huizhou; Zhongshan; Shaoxing; Taizhou; Jiaxing; Yangzhou; Liuzhou; Guilin; Ganzhou; Zunyi; Daqing; Baoding; Weifang; Jining; Xiangyang; Yichang; Hengyang; Zhuzhou; Wuhu; Huai'an; Putian; Zhangzhou; Jieyang; Shangrao; Fuyang; Suqian; Yancheng; Lianyungang; Tai'an; Dezhou; Liaocheng; Heze; Xinxiang; Anyang; Pingdingshan; Zhoukou; Shangqiu; Xinyang; Zhumadian; Nanchong; Yibin; Luzhou; Zigong; Qujing; Dali; Shiyan; Jingzhou; Changde; Yueyang; Chenzhou; Jinhua; Wenling; Cixi; Kunshan; Jiangyin; Zhangjiakou; Chengde; Cangzhou; Langfang; Xingtai; Qinhuangdao; Jinzhou; Yingkou
IND city: Ghaziabad; Faridabad; Meerut; Rajkot; Vijayawada; Aurangabad|Chhatrapati Sambhajinagar; Dhanbad; Jabalpur; Gwalior; Howrah; Kota; Solapur; Bareilly; Moradabad; Aligarh; Tiruchirappalli; Hubli|Hubballi; Jalandhar; Bhilai; Warangal; Guntur; Bhiwandi; Saharanpur; Gorakhpur; Bikaner; Amravati; Jamshedpur; Cuttack; Kozhikode|Calicut; Thrissur; Malappuram; Kannur; Kollam; Asansol; Durgapur; Siliguri; Muzaffarpur; Gaya; Bhagalpur; Ujjain; Dharamsala|Dharamshala; Kargil; Poonch; Rajouri; Kathua; Anantnag; Baramulla; Kupwara; Vasai-Virar; Kalyan-Dombivli; Navi Mumbai; Pimpri-Chinchwad; Nellore; Tirupati; Kakinada; Belagavi|Belgaum; Kalaburagi|Gulbarga; Davanagere; Jhansi; Mathura; Firozabad; Bokaro; Rourkela; Silchar; Dibrugarh; Jorhat; Tezpur
IDN city: Tangerang; Bekasi; Depok; Bogor; Malang; Padang; Pekanbaru; Samarinda; Banjarmasin; Jambi; Kupang; Mataram; Sorong; Timika; Wamena
BRA city: Guarulhos; São Gonçalo; Duque de Caxias; Teresina; Campo Grande; João Pessoa; Nova Iguaçu; São Bernardo do Campo; Osasco; Ribeirão Preto; Uberlândia; Sorocaba; Cuiabá; Aracaju; Londrina; Joinville; Porto Velho; Macapá; Boa Vista; Foz do Iguaçu; Vitória; Juiz de Fora; Niterói; Santarém; Altamira
MEX city: Zapopan; Ecatepec; Nezahualcóyotl; San Luis Potosí; Morelia; Saltillo; Torreón; Villahermosa; Tuxtla Gutiérrez; Chilpancingo; Tapachula; Tampico; Mazatlán; Ensenada; Ciudad Obregón; Irapuato; Celaya; Uruapan; Cuernavaca; Pachuca; Xalapa; Coatzacoalcos; Piedras Negras; Nogales; Agua Prieta; Ciudad Acuña
JPN city: Hamamatsu; Kumamoto; Okayama; Shizuoka; Sagamihara; Kagoshima; Matsuyama; Kanazawa; Utsunomiya; Nagano; Takamatsu; Toyama; Aomori; Akita; Morioka; Yamagata; Gifu; Tsu; Wakayama; Nara; Otsu; Matsue; Tottori; Yamaguchi; Shimonoseki; Oita; Miyazaki; Fukui; Maebashi; Mito; Kofu
KOR city: Goyang; Yongin; Seongnam; Bucheon; Cheongju; Jeonju; Hwaseong; Ansan; Gimpo; Paju; Cheonan; Gimhae; Gumi; Mokpo; Yeosu; Jinhae; Sokcho; Chuncheon; Wonju; Gunsan; Uijeongbu
PHL city: Caloocan; Pasig; Taguig; Antipolo; Bacolod; General Santos; Pasay; Paranaque|Parañaque; Las Pinas|Las Piñas; Muntinlupa; Mandaluyong; Baguio; Olongapo; Batangas; Butuan; Iligan; Dumaguete
NGA city: Ilorin; Abeokuta; Akure; Ogbomosho; Bauchi; Gombe; Minna; Makurdi; Lokoja; Asaba; Uyo; Jalingo; Damaturu; Dutse; Gusau; Birnin Kebbi; Lafia; Ado Ekiti; Osogbo; Ikeja; Ijebu Ode; Chibok
BGD city: Comilla|Cumilla; Mymensingh; Barisal|Barishal; Rangpur; Bogra|Bogura; Teknaf; Ukhia; Bhasan Char
VNM city: Bien Hoa|Biên Hòa; Vung Tau|Vũng Tàu; Quy Nhon; Vinh; Thanh Hoa; Hai Duong; Nam Dinh; Buon Ma Thuot; Long Xuyen; Ha Long
THA city: Nonthaburi; Surat Thani; Songkhla; Hua Hin; Chonburi|Chon Buri; Rayong; Sattahip
MMR city: Pathein; Taunggyi; Monywa; Hpa-an; Loikaw; Hakha; Laukkai; Tachileik; Maungdaw; Buthidaung
EGY city: Damietta; Beni Suef; Sohag; Qena; Fayoum|Faiyum; Damanhur; Mahalla|El-Mahalla El-Kubra; Marsa Matruh; Ain Sokhna; Shubra El Kheima; Kafr el-Sheikh; Sheikh Zuweid; Bir al-Abd; El Alamein; Safaga
ZAF city: Ekurhuleni; Tshwane; Soshanguve; Khayelitsha; Mthatha; Richards Bay
MOZ city: Matola; Tete; Chimoio; Lichinga; Montepuez
PAK city: Larkana; Nawabshah; Jhelum; Sahiwal; Rahim Yar Khan; Mirpur; Sheikhupura; Dera Ghazi Khan; Mianwali; Attock; Chitral; Parachinar; Miranshah; Nowshera; Charsadda; Swabi; Mansehra; Kotli
IRN city: Qazvin; Zanjan; Ardabil; Gorgan; Sari; Khorramabad; Birjand; Bojnurd; Dezful; Bandar Lengeh; Jask; Semnan; Kashan; Marivan; Saqqez; Piranshahr; Izeh; Khorramshahr; Mahshahr
TUR city: Denizli; Sakarya; Kocaeli|Izmit|İzmit; Manisa; Balikesir|Balıkesir; Tekirdag|Tekirdağ; Hakkari; Sirnak|Şırnak; Cizre; Nusaybin; Suruc|Suruç; Akcakale|Akçakale; Ceylanpinar|Ceylanpınar; Adiyaman|Adıyaman; Osmaniye; Elazig|Elazığ; Bitlis; Tunceli; Bingol|Bingöl; Siirt; Edirne; Canakkale|Çanakkale; Bodrum; Marmaris; Alanya; Kars; Igdir|Iğdır; Rize; Zonguldak; Sinop; Ordu; Giresun; Kirikkale|Kırıkkale; Aksaray; Nigde|Niğde; Yozgat; Sivas; Tokat; Corum|Çorum; Kutahya|Kütahya; Afyon|Afyonkarahisar; Usak|Uşak; Isparta; Burdur; Karaman; Kirsehir|Kırşehir; Nevsehir|Nevşehir; Yalova; Bolu; Duzce|Düzce; Karabuk|Karabük; Bartin|Bartın; Kastamonu; Cankiri|Çankırı; Amasya; Gumushane|Gümüşhane; Bayburt; Erzincan; Artvin; Ardahan; Agri|Ağrı
RUS city: Krasnogorsk; Balashikha; Podolsk; Khimki; Mytishchi; Surgut; Nizhnevartovsk; Novy Urengoy; Salekhard; Naryan-Mar; Vorkuta; Syktyvkar; Petrozavodsk; Vologda; Cherepovets; Kostroma; Ivanovo; Kaluga; Oryol|Orel; Tambov; Stavropol; Pyatigorsk; Mineralnye Vody; Maikop; Cherkessk; Magas; Elista; Kaspiysk; Derbent; Khasavyurt; Nazran; Gudermes; Chita; Ulan-Ude; Blagoveshchensk; Birobidzhan; Komsomolsk-on-Amur; Yuzhno-Sakhalinsk; Anadyr; Abakan; Kyzyl; Gorno-Altaisk; Kurgan; Tolyatti|Togliatti; Naberezhnye Chelny; Saransk; Yoshkar-Ola; Sterlitamak; Dzerzhinsk; Obninsk; Sarov; Seversk; Zheleznogorsk; Snezhinsk; Shebekino; Sudzha; Ust-Luga; Primorsk; Tuapse; Anapa; Gelendzhik; Armavir; Kotlas; Ukhta; Ussuriysk; Nakhodka; Beslan
UKR city: Vovchansk; Lyman; Siversk; Soledar; Marinka; Krasnohorivka; Selydove; Myrnohrad; Kostiantynivka|Kostyantynivka|Konstantinovka; Druzhkivka; Huliaipole; Orikhiv; Tokmak; Vasylivka; Kamianske; Nikopol; Marhanets; Pavlohrad; Kremenchuk; Bila Tserkva; Brovary; Boryspil; Vyshhorod; Uman; Cherkasy; Okhtyrka; Shostka; Konotop; Trostianets; Novhorod-Siverskyi; Starobilsk; Alchevsk; Debaltseve; Ilovaisk; Yasynuvata; Volnovakha; Berdychiv; Korosten; Kovel; Mukachevo; Drohobych; Stryi; Kalush; Kolomyia; Yavoriv; Izmail; Reni; Bilhorod-Dnistrovskyi; Chornomorsk; Pivdennyi|Yuzhne; Ochakiv; Skadovsk; Henichesk; Armiansk; Krasnoperekopsk; Saky; Yevpatoria|Evpatoria; Balaklava; Belbek; Kreminna; Svatove; Popasna; Rubizhne; Dokuchaievsk; Vuhlehirsk; Khartsyzk; Snizhne; Torez; Shakhtarsk; Yenakiieve; Velyka Novosilka; Polohy; Balakliia; Lozova; Chuhuiv; Bohodukhiv; Bilopillia; Romny; Lebedyn; Nizhyn; Pryluky; Slavutych; Borodianka; Vasylkiv; Fastiv; Obukhiv
SYR city: Qardaha; Jableh; Baniyas; Salamiyah; Masyaf; Nabk; Yabroud; Busra al-Sharif|Bosra; Nawa; Izraa; Mayadin|al-Mayadin; Shaddadi; Ain Issa; Tabqa; Darayya; Moadamiyeh; Harasta; Jobar; Yarmouk; Sayyida Zeinab; Mezzeh; Kafranbel; Ariha; Atarib|al-Atarib; Azaz; Marea; Tel Rifaat; Nubl; Safira; Deir Hafer; Rastan; Talbiseh; Houla; Tal Kalakh; Hajin; Baghouz; Amuda; Derik|al-Malikiyah; Tal Tamr; Sarmada; Salqin
SYR region: Qalamoun; Wadi Barada; Jabal al-Zawiya; Jabal al-Akrad; Jabal al-Druze; Hauran
IRQ city: Zakho; Koya; Makhmour; Qayyarah; Hawija; Baiji; Rutba; Khanaqin; Jalawla; Tuz Khurmatu; Bashiqa; Qaraqosh|Bakhdida; Kufa; Diwaniyah; Samawah; Jurf al-Sakhar; Mahmudiya; Abu Ghraib; Sadr City; Kadhimiya; Adhamiya; Qandil|Qandil Mountains
IRQ region: Green Zone|International Zone
YEM city: Bayda|al-Bayda; Amran; Hajjah; Lahj; Zinjibar; Ataq; Sayun|Seiyun; Ghaydah|al-Ghaydah
AFG city: Sheberghan; Maimana; Qala-i-Naw; Chaghcharan; Tarinkot; Qalat; Sharana; Asadabad; Mehtarlam; Charikar; Pul-i-Alam; Faizabad|Fayzabad; Zaranj; Tora Bora; Aybak
LBY city: Bani Walid; Gharyan; Zuwara; Sabratha; Ghadames; Kufra; Brega; Jufra; Ubari; Murzuq; Ghat; Sharara
SDN city: Sennar; Kosti; Gedaref|Al Qadarif; Dongola; Merowe; El Daein|Ed Daein; Zalingei; Babanusa; Dilling; Al Junaynah; Bahri|Khartoum North; Shendi; Halfa; Wadi Halfa; Al-Fula
MLI city: Koulikoro; Bourem; Tessalit; Aguelhok; Ansongo; Douentza; Niono; Diabaly; Bandiagara; Djenne|Djenné
BFA city: Ouahigouya; Fada N'Gourma; Tenkodogo; Banfora; Dedougou|Dédougou
NER city: Tahoua; Dosso; Bosso
COD city: Rutshuru; Masisi; Walikale; Bunagana; Fizi; Kindu; Kalemie; Mbandaka; Gemena; Tshikapa; Kikwit; Boma; Djugu; Mahagi; Mambasa; Oicha; Eringeti; Lubero; Nyiragongo; Rubaya; Likasi; Kamina; Mwene-Ditu; Kabinda; Lisala; Buta; Isiro; Aru
SOM city: Afgooye|Afgoye; Marka|Merca; Jowhar; Dhusamareb; Hobyo; Bardhere|Bardera; Burao; Las Anod|Laascaanood; Erigavo; Borama; Jilib; Barawe|Brava; Ras Kamboni
ETH city: Adigrat; Humera; Jimma; Nekemte; Harar; Jijiga; Gambela; Asosa; Debre Markos; Debre Birhan; Kombolcha; Woldia; Debre Tabor; Metema; Shashemene; Ambo; Bishoftu|Debre Zeit
ISR city: Kfar Aza; Be'eri|Beeri; Nir Oz; Re'im; Ofakim; Netivot; Kiryat Gat; Kiryat Ata; Karmiel; Nahal Oz; Majdal Shams; Katzrin; Ma'ale Adumim; Modiin; Ramla; Lod; Holon; Bat Yam; Rehovot; Ramat Gan; Kfar Saba; Ra'anana; Hadera; Umm al-Fahm; Rahat; Arad; Mitzpe Ramon; Nevatim; Hatzerim; Ramat David; Palmachim; Tel Nof; Kerem Shalom
PSE city: Huwara|Hawara; Beita; Qalandiya; Al-Bireh|al-Bireh; Abu Dis; Al-Mawasi|Mawasi; Zeitoun; Shejaiya|Shujaiya; Tel al-Hawa; Sheikh Radwan; Khuza'a; Bani Suheila; Balata; Nur Shams; Tammun; Tubas; Yatta; Dura; Halhul; Beit Ummar; Beit Jala; Beit Sahour; Al-Maghazi; Al-Shati; Tel al-Sultan
PSE region: Masafer Yatta; Sheikh Jarrah; Silwan; Netzarim corridor; Philadelphi corridor|Philadelphi Route; Jordan Valley
- region: Rafah crossing; Allenby Bridge|King Hussein Bridge; Al-Aqsa Mosque|al-Aqsa|Al-Aqsa|Temple Mount|Haram al-Sharif; Shebaa Farms|Chebaa Farms; Blue Line; Line of Control|LoC; Line of Actual Control|LAC; Durand Line
LBN city: Khiam; Bint Jbeil; Naqoura; Hermel; Jounieh; Hasbaya; Jezzine; Damour; Chtaura; Anjar; Arsal
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
