#!/usr/bin/env python3
"""Build orgs.tsv from the hand-written data below.

Data lines: id ; type ; name ; aliases ; country ; seat
  type      g = group (its own node), a = armed (a group that fights
            the state or others: an armed, militant or insurgent group, a
            cartel or gang), s = state (a group that is an
            organ of its country's state: a ministry, agency, armed or
            security force, intelligence service, legislature, court,
            central bank, state-controlled company; its act is also its
            country's, and it is no party against its own country; a
            party, armed group or firm based there is g), m = media (a group whose being
            told or interviewed is reporting, not an interaction: news
            agencies, papers, broadcasters), c = country (a metonym that
            stands for its country, such as a seat of government)
  aliases   other surface forms, '|' between them
  country   alpha-3 code for a national body or a group based in one
            country; empty for international and transnational ones
  seat      a capital (as spelt in countries.tsv) that news names for
            this organisation when the city acts: "Brussels said" is
            the EU speaking. Only where that reading is the usual one.
Accented values get their unaccented spelling added; values starting
with a lower-case Arabic article (al-, el-, ...) get a capitalised copy.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

DATA = r"""
# --- United Nations system -------------------------------------------------
un ; g ; United Nations ; UN|U.N.|UNO
unsc ; g ; UN Security Council ; Security Council|UNSC|U.N. Security Council|United Nations Security Council
unga ; g ; UN General Assembly ; General Assembly|UNGA|U.N. General Assembly|United Nations General Assembly
un-secretariat ; g ; UN Secretariat ; U.N. Secretariat|United Nations Secretariat
unhrc ; g ; UN Human Rights Council ; Human Rights Council|UNHRC|U.N. Human Rights Council|United Nations Human Rights Council
ohchr ; g ; UN Human Rights Office ; OHCHR|U.N. Human Rights Office|Office of the High Commissioner for Human Rights|UN human rights office|U.N. human rights office|UN Office of the High Commissioner for Human Rights
unicef ; g ; UNICEF ; Unicef|United Nations Children's Fund|UN Children's Fund|U.N. Children's Fund
unhcr ; g ; UNHCR ; UN Refugee Agency|UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees|UN High Commissioner for Refugees|U.N. High Commissioner for Refugees
who ; g ; World Health Organization ; WHO|World Health Organisation
wfp ; g ; World Food Programme ; WFP|World Food Program|UN World Food Programme|U.N. World Food Programme
fao ; g ; Food and Agriculture Organization ; FAO|Food and Agriculture Organisation|UN Food and Agriculture Organization
unesco ; g ; UNESCO ; Unesco|United Nations Educational, Scientific and Cultural Organization|UN cultural agency
iaea ; g ; International Atomic Energy Agency ; IAEA|UN nuclear watchdog|U.N. nuclear watchdog
opcw ; g ; Organisation for the Prohibition of Chemical Weapons ; OPCW|Organization for the Prohibition of Chemical Weapons
icc ; g ; International Criminal Court ; ICC
icj ; g ; International Court of Justice ; ICJ|World Court
pca ; g ; Permanent Court of Arbitration ; PCA
icty ; g ; International Criminal Tribunal for the former Yugoslavia ; ICTY|Yugoslav war crimes tribunal
ictr ; g ; International Criminal Tribunal for Rwanda ; ICTR
itlos ; g ; International Tribunal for the Law of the Sea ; ITLOS
imf ; g ; International Monetary Fund ; IMF
world-bank ; g ; World Bank ; World Bank Group|IBRD|International Bank for Reconstruction and Development
ifc ; g ; International Finance Corporation ; IFC
wto ; g ; World Trade Organization ; WTO|World Trade Organisation
gatt ; g ; General Agreement on Tariffs and Trade ; GATT
unrwa ; g ; UNRWA ; UN Relief and Works Agency|United Nations Relief and Works Agency|UN agency for Palestinian refugees|U.N. agency for Palestinian refugees
ocha ; g ; UN Office for the Coordination of Humanitarian Affairs ; OCHA|UN humanitarian office|U.N. humanitarian office|United Nations Office for the Coordination of Humanitarian Affairs
undp ; g ; UN Development Programme ; UNDP|United Nations Development Programme|U.N. Development Programme
unep ; g ; UN Environment Programme ; UNEP|United Nations Environment Programme
unfpa ; g ; UN Population Fund ; UNFPA|United Nations Population Fund
un-women ; g ; UN Women ; U.N. Women
unaids ; g ; UNAIDS ; Joint United Nations Programme on HIV/AIDS
unodc ; g ; UN Office on Drugs and Crime ; UNODC|United Nations Office on Drugs and Crime
unctad ; g ; UN Conference on Trade and Development ; UNCTAD|United Nations Conference on Trade and Development
unido ; g ; UN Industrial Development Organization ; UNIDO
unfccc ; g ; UN Framework Convention on Climate Change ; UNFCCC|UN climate body|U.N. climate body
ipcc ; g ; Intergovernmental Panel on Climate Change ; IPCC
ilo ; g ; International Labour Organization ; ILO|International Labor Organization|International Labour Organisation
imo ; g ; International Maritime Organization ; IMO
icao ; g ; International Civil Aviation Organization ; ICAO
itu ; g ; International Telecommunication Union ; ITU
wmo ; g ; World Meteorological Organization ; WMO
wipo ; g ; World Intellectual Property Organization ; WIPO
ifad ; g ; International Fund for Agricultural Development ; IFAD
iom ; g ; International Organization for Migration ; IOM|UN migration agency|U.N. migration agency
ctbto ; g ; Comprehensive Nuclear-Test-Ban Treaty Organization ; CTBTO
unops ; g ; UN Office for Project Services ; UNOPS
unmiss ; g ; UN Mission in South Sudan ; UNMISS
monusco ; g ; MONUSCO ; UN mission in Congo|U.N. mission in Congo
unifil ; g ; UNIFIL ; UN Interim Force in Lebanon|United Nations Interim Force in Lebanon
undof ; g ; UNDOF ; UN Disengagement Observer Force
unficyp ; g ; UNFICYP ; UN Peacekeeping Force in Cyprus
minusma ; g ; MINUSMA ; UN mission in Mali|U.N. mission in Mali
minusca ; g ; MINUSCA ; UN mission in the Central African Republic
minurso ; g ; MINURSO ; UN mission in Western Sahara
unama ; g ; UN Assistance Mission in Afghanistan ; UNAMA
unmik ; g ; UN Mission in Kosovo ; UNMIK
unami ; g ; UN Assistance Mission for Iraq ; UNAMI
unsmil ; g ; UN Support Mission in Libya ; UNSMIL
unamid ; g ; UNAMID ; African Union-United Nations Hybrid Operation in Darfur|AU-UN Hybrid Operation in Darfur|UN-AU mission in Darfur|AU-UN mission in Darfur
unisfa ; g ; UNISFA ; UN Interim Security Force for Abyei|United Nations Interim Security Force for Abyei
unmis ; g ; UNMIS ; UN Mission in Sudan|United Nations Mission in Sudan
unitams ; g ; UNITAMS ; UN Integrated Transition Assistance Mission in Sudan
unmee ; g ; UNMEE ; UN Mission in Ethiopia and Eritrea
unsom ; g ; UNSOM ; UN Assistance Mission in Somalia
monuc ; g ; MONUC ; UN Organization Mission in the Democratic Republic of the Congo
unmil ; g ; UNMIL ; UN Mission in Liberia|United Nations Mission in Liberia
unamsil ; g ; UNAMSIL ; UN Mission in Sierra Leone|United Nations Mission in Sierra Leone
unoci ; g ; UNOCI ; UN Operation in Cote d'Ivoire|UN Operation in Côte d'Ivoire
minustah ; g ; MINUSTAH ; UN Stabilization Mission in Haiti|United Nations Stabilization Mission in Haiti
binuh ; g ; BINUH ; UN Integrated Office in Haiti
unprofor ; g ; UNPROFOR ; UN Protection Force|United Nations Protection Force
untac ; g ; UNTAC ; UN Transitional Authority in Cambodia
untso ; g ; UNTSO ; UN Truce Supervision Organization
unmogip ; g ; UNMOGIP ; UN Military Observer Group in India and Pakistan
unmit ; g ; UNMIT ; UN Integrated Mission in Timor-Leste
# --- multinational and regional forces and missions -------------------------
amisom ; g ; AMISOM ; African Union Mission in Somalia|AU Mission in Somalia
atmis ; g ; ATMIS ; African Union Transition Mission in Somalia|AU Transition Mission in Somalia
aussom ; g ; AUSSOM ; African Union Support and Stabilization Mission in Somalia|African Union Support and Stabilisation Mission in Somalia|AU Support and Stabilization Mission in Somalia
mnjtf ; g ; Multinational Joint Task Force ; MNJTF|Multi-National Joint Task Force
samim ; g ; SAMIM ; SADC Mission in Mozambique|Southern African Development Community Mission in Mozambique
samidrc ; g ; SAMIDRC ; SADC Mission in the Democratic Republic of Congo|SADC Mission in the DRC|SADC Mission in DRC
eacrf ; g ; EACRF ; East African Community Regional Force|EAC Regional Force
ecomog ; g ; ECOMOG ; ECOWAS Monitoring Group|ECOWAS Ceasefire Monitoring Group
afisma ; g ; AFISMA ; African-led International Support Mission to Mali
misca ; g ; MISCA ; African-led International Support Mission in the Central African Republic
mss-haiti ; g ; Multinational Security Support Mission ; Multinational Security Support mission|MSS mission
isaf ; g ; ISAF ; International Security Assistance Force
resolute-support ; g ; Resolute Support Mission ; Resolute Support
kfor ; g ; KFOR ; Kosovo Force
sfor ; g ; SFOR ; Stabilisation Force in Bosnia|Stabilization Force in Bosnia
eufor ; g ; EUFOR ; EUFOR Althea|European Union Force in Bosnia
eulex ; g ; EULEX ; EU Rule of Law Mission in Kosovo|European Union Rule of Law Mission in Kosovo
mfo ; g ; Multinational Force and Observers ; MFO
# --- alliances, regional and intergovernmental bodies -----------------------
nato ; g ; NATO ; Nato|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Atlantic Alliance|North Atlantic Alliance
eu ; g ; European Union ; EU|E.U.|European Community|European Communities|European Economic Community|EEC|EC|Common Market ; ; Brussels
european-commission ; g ; European Commission ; EU Commission|E.U. Commission
european-parliament ; g ; European Parliament ; EU Parliament|E.U. Parliament|Europarliament
european-council ; g ; European Council ;
council-of-the-eu ; g ; Council of the European Union ; Council of the EU|EU Council|Council of Ministers of the EU
ecb ; g ; European Central Bank ; ECB
eib ; g ; European Investment Bank ; EIB
ebrd ; g ; European Bank for Reconstruction and Development ; EBRD
ecj ; g ; Court of Justice of the European Union ; European Court of Justice|CJEU|ECJ|EU Court of Justice|EU's top court
echr ; g ; European Court of Human Rights ; ECHR|ECtHR|Strasbourg court
eeas ; g ; European External Action Service ; EEAS|EU diplomatic service
frontex ; g ; Frontex ; European Border and Coast Guard Agency|EU border agency
europol ; g ; Europol ; European Police Office|EU police agency
eurojust ; g ; Eurojust ;
eurogroup ; g ; Eurogroup ;
esa ; g ; European Space Agency ; ESA
ema ; g ; European Medicines Agency ; EMA
efta ; g ; European Free Trade Association ; EFTA
council-of-europe ; g ; Council of Europe ; CoE
pace ; g ; Parliamentary Assembly of the Council of Europe ; PACE
osce ; g ; Organization for Security and Co-operation in Europe ; OSCE|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe|CSCE|Conference on Security and Cooperation in Europe
oecd ; g ; Organisation for Economic Co-operation and Development ; OECD|Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development
african-union ; g ; African Union ; AU|A.U.|African Union Commission|AU Commission
oau ; g ; Organisation of African Unity ; OAU|Organization of African Unity
arab-league ; g ; Arab League ; League of Arab States
asean ; g ; ASEAN ; Association of Southeast Asian Nations|Association of South East Asian Nations|Asean
opec ; g ; OPEC ; Organization of the Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries|Opec
opec-plus ; g ; OPEC+ ; OPEC Plus|OPEC-plus|Opec+
oapec ; g ; Organization of Arab Petroleum Exporting Countries ; OAPEC
g7 ; g ; G7 ; G-7|Group of Seven
g8 ; g ; G8 ; G-8|Group of Eight
g20 ; g ; G20 ; G-20|Group of 20|Group of Twenty
g77 ; g ; Group of 77 ; G77|G-77
g10 ; g ; G10 ; G-10|Group of Ten|Group of 10
g5-sahel ; g ; G5 Sahel ; G5S|G-5 Sahel|G5-Sahel
brics ; g ; BRICS ; BRICS group
sco ; g ; Shanghai Cooperation Organisation ; SCO|Shanghai Cooperation Organization
gcc ; g ; Gulf Cooperation Council ; GCC|Cooperation Council for the Arab States of the Gulf
csto ; g ; Collective Security Treaty Organization ; CSTO|Collective Security Treaty Organisation
cis ; g ; Commonwealth of Independent States ; CIS
commonwealth ; g ; Commonwealth ; Commonwealth of Nations|Commonwealth Secretariat
oas ; g ; Organization of American States ; OAS|Organisation of American States
mercosur ; g ; Mercosur ; Mercosul|Southern Common Market
ecowas ; g ; ECOWAS ; Ecowas|Economic Community of West African States
sadc ; g ; Southern African Development Community ; SADC
eac ; g ; East African Community ; EAC
igad ; g ; Intergovernmental Authority on Development ; IGAD
eccas ; g ; Economic Community of Central African States ; ECCAS
comesa ; g ; Common Market for Eastern and Southern Africa ; COMESA
caricom ; g ; Caribbean Community ; CARICOM|Caricom
celac ; g ; Community of Latin American and Caribbean States ; CELAC
alba ; g ; Bolivarian Alliance for the Peoples of Our America ; ALBA
andean-community ; g ; Andean Community ;
unasur ; g ; Union of South American Nations ; UNASUR|Unasur
oic ; g ; Organisation of Islamic Cooperation ; OIC|Organization of Islamic Cooperation|Organisation of the Islamic Conference|Organization of the Islamic Conference
nordic-council ; g ; Nordic Council ;
visegrad-group ; g ; Visegrad Group ; Visegrád Group|Visegrad Four|V4
apec ; g ; Asia-Pacific Economic Cooperation ; APEC|Asia Pacific Economic Cooperation
eaeu ; g ; Eurasian Economic Union ; EAEU|EEU
saarc ; g ; South Asian Association for Regional Cooperation ; SAARC
bimstec ; g ; BIMSTEC ;
quad ; g ; Quad ; Quadrilateral Security Dialogue
aukus ; g ; AUKUS ;
five-eyes ; g ; Five Eyes ;
nam ; g ; Non-Aligned Movement ; NAM|Nonaligned Movement
arctic-council ; g ; Arctic Council ;
iea ; g ; International Energy Agency ; IEA
bis ; g ; Bank for International Settlements ; BIS
fatf ; g ; Financial Action Task Force ; FATF
paris-club ; g ; Paris Club ;
adb ; g ; Asian Development Bank ; ADB
aiib ; g ; Asian Infrastructure Investment Bank ; AIIB
afdb ; g ; African Development Bank ; AfDB
idb ; g ; Inter-American Development Bank ; IDB|IADB
ndb ; g ; New Development Bank ; NDB|BRICS bank
isdb ; g ; Islamic Development Bank ; IsDB
wef ; g ; World Economic Forum ; WEF
interpol ; g ; Interpol ; International Criminal Police Organization|INTERPOL
ioc ; g ; International Olympic Committee ; IOC
fifa ; g ; FIFA ; Fifa
uefa ; g ; UEFA ; Uefa
wada ; g ; World Anti-Doping Agency ; WADA
# --- humanitarian and rights organisations ---------------------------------
icrc ; g ; International Committee of the Red Cross ; ICRC|Red Cross
ifrc ; g ; International Federation of Red Cross and Red Crescent Societies ; IFRC
red-crescent ; g ; Red Crescent ; Red Crescent Society
amnesty ; g ; Amnesty International ; Amnesty
hrw ; g ; Human Rights Watch ; HRW
msf ; g ; Doctors Without Borders ; MSF|Médecins Sans Frontières|Medecins sans Frontieres|Médecins sans frontières
oxfam ; g ; Oxfam ; Oxfam International
save-the-children ; g ; Save the Children ;
irc ; g ; International Rescue Committee ; IRC
nrc ; g ; Norwegian Refugee Council ; NRC
transparency-international ; g ; Transparency International ;
greenpeace ; g ; Greenpeace ;
rwb ; g ; Reporters Without Borders ; Reporters sans frontières|Reporters Sans Frontieres|RWB
cpj ; g ; Committee to Protect Journalists ; CPJ
crisis-group ; g ; International Crisis Group ; Crisis Group
gates-foundation ; g ; Bill & Melinda Gates Foundation ; Gates Foundation|Bill and Melinda Gates Foundation
gavi ; g ; Gavi ; GAVI
global-fund ; g ; Global Fund to Fight AIDS, Tuberculosis and Malaria ; Global Fund
wikileaks ; g ; WikiLeaks ; Wikileaks
sohr ; g ; Syrian Observatory for Human Rights ; SOHR|Syrian Observatory ; SYR
white-helmets ; g ; White Helmets ; Syria Civil Defence|Syrian Civil Defence ; SYR
catholic-church ; g ; Catholic Church ; Roman Catholic Church
russian-orthodox-church ; g ; Russian Orthodox Church ; Moscow Patriarchate ; RUS
church-of-england ; g ; Church of England ; Anglican Church ; GBR
al-azhar ; g ; al-Azhar ; al-Azhar University ; EGY
# --- think tanks -----------------------------------------------------------
brookings ; g ; Brookings Institution ; Brookings ; USA
rand ; g ; RAND Corporation ; RAND ; USA
cfr ; g ; Council on Foreign Relations ; CFR ; USA
carnegie ; g ; Carnegie Endowment for International Peace ; Carnegie Endowment ; USA
atlantic-council ; g ; Atlantic Council ; ; USA
heritage-foundation ; g ; Heritage Foundation ; ; USA
csis-think-tank ; g ; Center for Strategic and International Studies ; ; USA
isw ; g ; Institute for the Study of War ; ISW ; USA
chatham-house ; g ; Chatham House ; Royal Institute of International Affairs ; GBR
iiss ; g ; International Institute for Strategic Studies ; IISS ; GBR
rusi ; g ; Royal United Services Institute ; RUSI ; GBR
sipri ; g ; Stockholm International Peace Research Institute ; SIPRI ; SWE
# --- armed, militant and insurgent groups ----------------------------------
isis ; a ; Islamic State ; ISIS|ISIL|IS|Daesh|DAESH|Da'esh|Islamic State group|IS group|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State of Iraq and al-Sham|Islamic State of Iraq|al-Qaeda in Iraq|AQI
iskp ; a ; Islamic State Khorasan ; ISIS-K|IS-K|ISKP|Islamic State Khorasan Province|Islamic State-Khorasan|Islamic State in Khorasan
iswap ; a ; Islamic State West Africa Province ; ISWAP|Islamic State in West Africa
al-qaeda ; a ; al-Qaeda ; al Qaeda|al-Qaida|al Qaida|al-Qa'ida|Qaeda
aqap ; a ; al-Qaeda in the Arabian Peninsula ; AQAP|al Qaeda in the Arabian Peninsula|al-Qaida in the Arabian Peninsula ; YEM
aqim ; a ; al-Qaeda in the Islamic Maghreb ; AQIM|al Qaeda in the Islamic Maghreb|al-Qaida in the Islamic Maghreb
al-nusra ; a ; Nusra Front ; al-Nusra|al-Nusrah|Nusra|Jabhat al-Nusra|Jabhat Fateh al-Sham|al-Nusra Front|Nusra Front|Jabhat al-Nusrah ; SYR
hts ; a ; Hayat Tahrir al-Sham ; HTS|Tahrir al-Sham|Hay'at Tahrir al-Sham ; SYR
ahrar-al-sham ; a ; Ahrar al-Sham ; Harakat Ahrar al-Sham ; SYR
jaysh-al-islam ; a ; Jaysh al-Islam ; Jaish al-Islam|Army of Islam ; SYR
fsa ; a ; Free Syrian Army ; FSA ; SYR
sna ; a ; Syrian National Army ; ; SYR
sdf ; a ; Syrian Democratic Forces ; SDF ; SYR
ypg ; a ; YPG ; People's Protection Units|People's Defense Units|Kurdish People's Protection Units ; SYR
pyd ; g ; Democratic Union Party ; PYD ; SYR
syrian-national-coalition ; g ; Syrian National Coalition ; National Coalition for Syrian Revolutionary and Opposition Forces|Syrian Opposition Coalition ; SYR
hezbollah ; a ; Hezbollah ; Hizbollah|Hizbullah|Hizballah|Hezbullah|Hizb Allah ; LBN
amal ; g ; Amal Movement ; Amal ; LBN
hamas ; a ; Hamas ; HAMAS|Islamic Resistance Movement ; PSE
qassam-brigades ; a ; Izz ad-Din al-Qassam Brigades ; Qassam Brigades|al-Qassam Brigades|Ezzedine al-Qassam Brigades|Izz el-Deen al-Qassam Brigades|Ezz al-Din al-Qassam Brigades ; PSE
pij ; a ; Palestinian Islamic Jihad ; Islamic Jihad|PIJ|Islamic Jihad movement|Al-Quds Brigades|al-Quds Brigades ; PSE
al-aqsa-brigades ; a ; Al-Aqsa Martyrs' Brigades ; Aqsa Martyrs Brigades|al-Aqsa Martyrs Brigades ; PSE
fatah ; g ; Fatah ; al-Fatah ; PSE
plo ; g ; Palestine Liberation Organization ; PLO|Palestine Liberation Organisation ; PSE
pflp ; a ; Popular Front for the Liberation of Palestine ; PFLP ; PSE
palestinian-authority ; s ; Palestinian Authority ; Palestinian National Authority|PNA ; PSE
taliban ; a ; Taliban ; Taleban|Afghan Taliban ; AFG
haqqani-network ; a ; Haqqani network ; Haqqani Network|Haqqanis ; AFG
ttp ; a ; Tehrik-i-Taliban Pakistan ; TTP|Tehreek-e-Taliban Pakistan|Tehrik-e-Taliban Pakistan|Pakistani Taliban ; PAK
let ; a ; Lashkar-e-Taiba ; LeT|Lashkar-e-Toiba|Lashkar-e-Tayyiba|Lashkar-e-Tayiba ; PAK
jem ; a ; Jaish-e-Mohammed ; JeM|Jaish-e-Muhammad|Jaish-e-Mohammad ; PAK
hizbul-mujahideen ; a ; Hizbul Mujahideen ; Hizb-ul-Mujahideen ; IND
bla ; a ; Balochistan Liberation Army ; BLA|Baloch Liberation Army ; PAK
tlp ; g ; Tehreek-e-Labbaik Pakistan ; TLP|Tehrik-e-Labbaik Pakistan ; PAK
jaish-al-adl ; a ; Jaish al-Adl ; Jaish ul-Adl|Army of Justice ; IRN
mek ; a ; Mujahedin-e Khalq ; MEK|MKO|PMOI|People's Mujahedin of Iran|People's Mojahedin Organization of Iran|Mojahedin-e Khalq|Mujahideen-e-Khalq ; IRN
boko-haram ; a ; Boko Haram ; Jama'atu Ahlis Sunna Lidda'awati wal-Jihad ; NGA
al-shabaab ; a ; al-Shabaab ; al-Shabab|al Shabaab|al Shabab|Shabaab|Shabab|Harakat al-Shabaab al-Mujahideen ; SOM
jnim ; a ; Jama'at Nusrat al-Islam wal-Muslimin ; JNIM|Jamaat Nusrat al-Islam wal-Muslimin|Group to Support Islam and Muslims
ansar-dine ; a ; Ansar Dine ; Ansar Eddine ; MLI
ansar-al-sharia ; a ; Ansar al-Sharia ; Ansar al-Shariah
houthis ; a ; Houthis ; Houthi|Houthi movement|Huthis|Huthi|Ansar Allah|Ansarallah ; YEM
stc ; g ; Southern Transitional Council ; STC ; YEM
pkk ; a ; PKK ; Kurdistan Workers' Party|Kurdistan Workers Party|Partiya Karkeren Kurdistane ; TUR
pmf ; s ; Popular Mobilization Forces ; Hashd al-Shaabi|al-Hashd al-Shaabi|Popular Mobilisation Forces|PMF|PMU|Popular Mobilization Units|Popular Mobilisation Units|Hashed al-Shaabi ; IRQ
kataib-hezbollah ; a ; Kataib Hezbollah ; Kata'ib Hezbollah|Kataib Hizbollah|Kata'ib Hizballah ; IRQ
asaib-ahl-al-haq ; a ; Asaib Ahl al-Haq ; Asa'ib Ahl al-Haq|League of the Righteous ; IRQ
badr-organization ; a ; Badr Organization ; Badr Organisation|Badr Brigade ; IRQ
saraya-al-salam ; a ; Saraya al-Salam ; Mahdi Army|Jaish al-Mahdi ; IRQ
krg ; s ; Kurdistan Regional Government ; KRG|Kurdish Regional Government ; IRQ
peshmerga ; s ; Peshmerga ; peshmerga|Kurdish Peshmerga ; IRQ
kdp ; g ; Kurdistan Democratic Party ; KDP ; IRQ
puk ; g ; Patriotic Union of Kurdistan ; PUK ; IRQ
wagner ; a ; Wagner Group ; Wagner|PMC Wagner|Wagner private military company|Wagner mercenary group ; RUS
africa-corps ; s ; Africa Corps ; Russian Africa Corps ; RUS
azov ; s ; Azov Brigade ; Azov Regiment|Azov Battalion|Azov ; UKR
farc ; a ; FARC ; Revolutionary Armed Forces of Colombia|FARC-EP ; COL
eln ; a ; ELN ; National Liberation Army of Colombia|Ejército de Liberación Nacional ; COL
shining-path ; a ; Shining Path ; Sendero Luminoso ; PER
ezln ; a ; Zapatista Army of National Liberation ; EZLN|Zapatistas ; MEX
sinaloa-cartel ; a ; Sinaloa Cartel ; Sinaloa cartel ; MEX
cjng ; a ; Jalisco New Generation Cartel ; CJNG|Jalisco cartel ; MEX
gulf-cartel ; a ; Gulf Cartel ; Gulf cartel ; MEX
ms-13 ; a ; MS-13 ; Mara Salvatrucha|MS13 ; SLV
tren-de-aragua ; a ; Tren de Aragua ; ; VEN
los-zetas ; a ; Los Zetas ; Zetas ; MEX
familia-michoacana ; a ; La Familia Michoacana ; La Familia ; MEX
knights-templar-cartel ; a ; Knights Templar Cartel ; Knights Templar|Caballeros Templarios ; MEX
beltran-leyva ; a ; Beltrán Leyva Organization ; Beltrán Leyva cartel|Beltrán Leyva Cartel ; MEX
juarez-cartel ; a ; Juárez Cartel ; Juárez cartel ; MEX
tijuana-cartel ; a ; Tijuana Cartel ; Tijuana cartel|Arellano Félix Organization ; MEX
medellin-cartel ; a ; Medellín Cartel ; Medellín cartel ; COL
cali-cartel ; a ; Cali Cartel ; Cali cartel ; COL
auc ; a ; United Self-Defense Forces of Colombia ; AUC|Autodefensas Unidas de Colombia ; COL
segunda-marquetalia ; a ; Segunda Marquetalia ; Second Marquetalia ; COL
m-19 ; a ; M-19 ; 19th of April Movement ; COL
mrta ; a ; Túpac Amaru Revolutionary Movement ; MRTA|Tupac Amaru Revolutionary Movement ; PER
urng ; a ; Guatemalan National Revolutionary Unity ; URNG ; GTM
barrio-18 ; a ; Barrio 18 ; 18th Street gang|Calle 18 ; SLV
comando-vermelho ; a ; Comando Vermelho ; Red Command ; BRA
pcc-brazil ; a ; Primeiro Comando da Capital ; First Capital Command ; BRA
viv-ansanm ; a ; Viv Ansanm ; ; HTI
g9-an-fanmi ; a ; G9 an Fanmi ; G9 Family and Allies|G9 Family ; HTI
400-mawozo ; a ; 400 Mawozo ; ; HTI
los-choneros ; a ; Los Choneros ; Choneros ; ECU
los-lobos ; a ; Los Lobos ; ; ECU
ansaru ; a ; Ansaru ; ; NGA
seleka ; a ; Séléka ; ; CAF
anti-balaka ; a ; Anti-balaka ; anti-balaka ; CAF
codeco ; a ; CODECO ; Cooperative for the Development of Congo ; COD
mai-mai ; a ; Mai-Mai ; Mai Mai ; COD
red-tabara ; a ; RED-Tabara ; Red Tabara ; BDI
interahamwe ; a ; Interahamwe ; ; RWA
mnla ; a ; National Movement for the Liberation of Azawad ; MNLA ; MLI
katiba-macina ; a ; Katiba Macina ; Macina Liberation Front ; MLI
slm ; a ; Sudan Liberation Movement ; Sudan Liberation Army ; SDN
jem-sudan ; a ; Justice and Equality Movement ; ; SDN
spla ; a ; Sudan People's Liberation Army ; SPLA ; SSD
splm-io ; a ; Sudan People's Liberation Movement-in-Opposition ; SPLM-IO|SPLA-IO|SPLM/A-IO|SPLM-in-Opposition|SPLA-in-Opposition|SPLM/A-in-Opposition|Sudan People's Liberation Army-in-Opposition ; SSD
ambazonia-defence-forces ; a ; Ambazonia Defence Forces ; Ambazonia Defense Forces ; CMR
mungiki ; a ; Mungiki ; ; KEN
nscn ; a ; National Socialist Council of Nagaland ; NSCN|NSCN-IM ; IND
ulfa ; a ; United Liberation Front of Asom ; ULFA|United Liberation Front of Assam|ULFA-I ; IND
cpi-maoist ; a ; Communist Party of India (Maoist) ; CPI-Maoist|CPI (Maoist) ; IND
lej ; a ; Lashkar-e-Jhangvi ; LeJ ; PAK
jmb ; a ; Jamaat-ul-Mujahideen Bangladesh ; JMB ; BGD
maute ; a ; Maute group ; ; PHL
biff ; a ; Bangsamoro Islamic Freedom Fighters ; BIFF ; PHL
mndaa ; a ; Myanmar National Democratic Alliance Army ; MNDAA ; MMR
tnla ; a ; Ta'ang National Liberation Army ; TNLA ; MMR
uwsa ; a ; United Wa State Army ; UWSA ; MMR
pdf-myanmar ; a ; People's Defence Force ; People's Defense Force|People's Defence Forces|People's Defense Forces ; MMR
imu ; a ; Islamic Movement of Uzbekistan ; ; UZB
khmer-rouge ; a ; Khmer Rouge ; ; KHM
uvf ; a ; Ulster Volunteer Force ; UVF ; GBR
uda ; a ; Ulster Defence Association ; UDA ; GBR
continuity-ira ; a ; Continuity IRA ; Continuity Irish Republican Army ; GBR
dhkp-c ; a ; DHKP-C ; Revolutionary People's Liberation Party-Front ; TUR
grey-wolves ; a ; Grey Wolves ; ; TUR
red-brigades ; a ; Red Brigades ; Brigate Rosse ; ITA
red-army-faction ; a ; Red Army Faction ; Baader-Meinhof|Baader-Meinhof Gang ; DEU
prc-gaza ; a ; Popular Resistance Committees ; ; PSE
south-lebanon-army ; a ; South Lebanon Army ; ; LBN
muslim-brotherhood ; g ; Muslim Brotherhood ; Muslim Brothers|Ikhwan ; EGY
hizb-ut-tahrir ; g ; Hizb ut-Tahrir ; Hizb-ut-Tahrir
abu-sayyaf ; a ; Abu Sayyaf ; Abu Sayyaf Group|ASG ; PHL
npa ; a ; New People's Army ; NPA ; PHL
milf ; a ; Moro Islamic Liberation Front ; MILF ; PHL
jemaah-islamiyah ; a ; Jemaah Islamiyah ; JI ; IDN
ltte ; a ; Liberation Tigers of Tamil Eelam ; LTTE|Tamil Tigers ; LKA
arakan-army ; a ; Arakan Army ; ; MMR
kia ; a ; Kachin Independence Army ; KIA ; MMR
knu ; a ; Karen National Union ; KNU ; MMR
nug ; g ; National Unity Government ; NUG ; MMR
nld-party ; g ; National League for Democracy ; ; MMR
etim ; a ; East Turkestan Islamic Movement ; ETIM|Turkistan Islamic Party|TIP ; CHN
eta ; a ; ETA ; Euskadi Ta Askatasuna ; ESP
ira ; a ; Irish Republican Army ; IRA|Provisional IRA|Real IRA|New IRA ; GBR
polisario ; a ; Polisario Front ; Polisario ; ESH
m23 ; a ; M23 ; March 23 Movement ; COD
adf ; a ; Allied Democratic Forces ; ; COD
fdlr ; a ; Democratic Forces for the Liberation of Rwanda ; FDLR ; COD
rsf ; a ; Rapid Support Forces ; RSF ; SDN
saf ; s ; Sudanese Armed Forces ; SAF ; SDN
janjaweed ; a ; Janjaweed ; ; SDN
tplf ; a ; Tigray People's Liberation Front ; TPLF ; ETH
ola ; a ; Oromo Liberation Army ; OLA ; ETH
splm ; g ; Sudan People's Liberation Movement ; SPLM ; SSD
# Islamic State's provinces and al-Qaeda's branches as news names them
# (the whole class, not only those a story has needed)
isgs ; a ; Islamic State Sahel ; Islamic State in the Greater Sahara|ISGS|IS Sahel|IS-Sahel|Islamic State Sahel Province|Islamic State in the Sahel
iscap ; a ; Islamic State Central Africa Province ; ISCAP|Islamic State in Central Africa
is-mozambique ; a ; Islamic State Mozambique Province ; Islamic State Mozambique|Islamic State in Mozambique ; MOZ
is-somalia ; a ; Islamic State Somalia Province ; Islamic State in Somalia|Islamic State Somalia ; SOM
is-sinai ; a ; Islamic State Sinai Province ; Sinai Province|Wilayat Sinai|Ansar Beit al-Maqdis ; EGY
is-libya ; a ; Islamic State Libya Province ; Islamic State in Libya ; LBY
is-pakistan ; a ; Islamic State Pakistan Province ; ISPP ; PAK
is-east-asia ; a ; Islamic State East Asia Province ; ISEAP ; PHL
is-hind ; a ; Islamic State Hind Province ; ; IND
aqis ; a ; al-Qaeda in the Indian Subcontinent ; AQIS|al Qaeda in the Indian Subcontinent|al-Qaida in the Indian Subcontinent
hurras-al-din ; a ; Hurras al-Din ; Hurras al-Deen|Guardians of Religion Organization ; SYR
al-mourabitoun ; a ; Al-Mourabitoun ; al-Murabitun|Al-Murabitun|al-Murabitoun|Mourabitoun
ansarul-islam ; a ; Ansarul Islam ; Ansar ul Islam|Ansaroul Islam ; BFA
mujao ; a ; MUJAO ; Movement for Oneness and Jihad in West Africa|Movement for Unity and Jihad in West Africa ; MLI
ansar-al-sunna-moz ; a ; Ansar al-Sunna ; Ahlu Sunnah Wal Jamaa|Ahl al-Sunna wal-Jamaa ; MOZ
# other armed movements and militias of the Sahel, the Lake Chad basin,
# Central Africa and the Horn that wires and conflict monitors name
# (self-defence and pro-government militias are g: no party against
# their state, and "the insurgents" is never one of them)
cma ; a ; Coordination of Azawad Movements ; Coordination des Mouvements de l'Azawad ; MLI
csp-mali ; a ; Permanent Strategic Framework ; CSP-PSD|CSP-DPA|Strategic Framework for the Defence of the People of Azawad ; MLI
gatia ; g ; GATIA ; Imghad Tuareg and Allies Self-Defence Group ; MLI
dan-na-ambassagou ; g ; Dan Na Ambassagou ; Dan Nan Ambassagou ; MLI
koglweogo ; g ; Koglweogo ; ; BFA
vdp ; g ; Volunteers for the Defence of the Homeland ; VDP|Volunteers for the Defense of the Homeland ; BFA
fact-chad ; a ; Front for Change and Concord in Chad ; FACT|Front for Change and Concord ; TCD
civilian-jtf ; g ; Civilian Joint Task Force ; Civilian JTF ; NGA
lakurawa ; a ; Lakurawa ; ; NGA
ipob ; g ; Indigenous People of Biafra ; IPOB ; NGA
esn-nigeria ; a ; Eastern Security Network ; ; NGA
cpc-car ; a ; Coalition of Patriots for Change ; ; CAF
upc-car ; a ; Union for Peace in the Central African Republic ; ; CAF
3r-car ; a ; 3R ; Return, Reclamation and Rehabilitation ; CAF
twirwaneho ; a ; Twirwaneho ; ; COD
nyatura ; a ; Nyatura ; ; COD
raia-mutomboki ; a ; Raia Mutomboki ; ; COD
splm-n ; a ; SPLM-N ; Sudan People's Liberation Movement-North|SPLA-N ; SDN
onlf ; a ; Ogaden National Liberation Front ; ONLF ; ETH
fatemiyoun ; a ; Fatemiyoun Brigade ; Liwa Fatemiyoun|Fatemiyoun Division|Fatemiyoun
zainabiyoun ; a ; Zainabiyoun Brigade ; Liwa Zainabiyoun|Zainabiyoun
# --- government seats used for the country (type c) ------------------------
kremlin ; c ; Kremlin ; the Kremlin ; RUS
white-house ; c ; White House ; Oval Office ; USA
downing-street ; c ; Downing Street ; No 10|No. 10|Number 10|Number Ten|10 Downing Street ; GBR
whitehall ; c ; Whitehall ; ; GBR
elysee ; c ; Élysée ; Élysée Palace|Elysée ; FRA
matignon ; c ; Matignon ; Hôtel de Matignon ; FRA
zhongnanhai ; c ; Zhongnanhai ; ; CHN
blue-house ; c ; Blue House ; Cheong Wa Dae ; KOR
yongsan ; c ; Yongsan presidential office ; ; KOR
kantei ; c ; Kantei ; ; JPN
bankova ; c ; Bankova ; ; UKR
quirinale ; c ; Quirinale ; Quirinal Palace ; ITA
palazzo-chigi ; c ; Palazzo Chigi ; ; ITA
moncloa ; c ; Moncloa ; Moncloa Palace|La Moncloa ; ESP
planalto ; c ; Planalto ; Planalto Palace|Palácio do Planalto ; BRA
casa-rosada ; c ; Casa Rosada ; ; ARG
miraflores ; c ; Miraflores Palace ; Miraflores ; VEN
malacanang ; c ; Malacañang ; Malacañang Palace|Malacanang Palace ; PHL
raisina-hill ; c ; Raisina Hill ; ; IND
rashtrapati-bhavan ; c ; Rashtrapati Bhavan ; ; IND
binnenhof ; c ; Binnenhof ; ; NLD
la-moneda ; c ; La Moneda ; Palacio de La Moneda|La Moneda Palace ; CHL
casa-de-narino ; c ; Casa de Nariño ; ; COL
los-pinos ; c ; Los Pinos ; ; MEX
aso-rock ; c ; Aso Rock ; Aso Villa ; NGA
ak-orda ; c ; Ak Orda ; Akorda ; KAZ
union-buildings ; c ; Union Buildings ; ; ZAF
baabda ; c ; Baabda Palace ; ; LBN
grand-serail ; c ; Grand Serail ; ; LBN
bellevue ; c ; Bellevue Palace ; ; DEU
bestepe ; c ; Beştepe ; Beştepe Presidential Complex ; TUR
villa-somalia ; c ; Villa Somalia ; ; SOM
koulouba ; c ; Koulouba ; Koulouba Palace ; MLI
carthage-palace ; c ; Carthage Palace ; ; TUN
south-block ; c ; South Block ; ; IND
# foreign ministries known by their buildings
itamaraty ; s ; Itamaraty ; Itamaraty Palace ; BRA
farnesina ; s ; Farnesina ; ; ITA
# --- United States -------------------------------------------------------
us-state-department ; s ; State Department ; Department of State|U.S. State Department|US State Department|U.S. Department of State|US Department of State|Foggy Bottom ; USA
pentagon ; s ; Pentagon ; Department of Defense|Defense Department|U.S. Defense Department|US Defense Department|U.S. Department of Defense|Department of War|War Department|DoD ; USA
us-treasury ; s ; Treasury ; Treasury Department|U.S. Treasury|US Treasury|Department of the Treasury|U.S. Treasury Department|US Treasury Department ; USA
us-justice-department ; s ; Justice Department ; Department of Justice|DOJ|U.S. Justice Department|US Justice Department ; USA
us-commerce-department ; s ; Commerce Department ; Department of Commerce|U.S. Commerce Department|US Commerce Department ; USA
us-agriculture-department ; s ; Agriculture Department ; Department of Agriculture|USDA|U.S. Agriculture Department|US Agriculture Department|U.S. Department of Agriculture ; USA
us-energy-department ; s ; Energy Department ; Department of Energy|DOE|U.S. Energy Department|US Energy Department ; USA
us-labor-department ; s ; Labor Department ; Department of Labor|U.S. Labor Department|US Labor Department ; USA
us-interior-department ; s ; Interior Department ; Department of the Interior|U.S. Interior Department ; USA
us-transportation-department ; s ; Transportation Department ; Department of Transportation ; USA
us-education-department ; s ; Education Department ; Department of Education ; USA
us-hhs ; s ; Department of Health and Human Services ; HHS|Health and Human Services ; USA
us-hud ; s ; Department of Housing and Urban Development ; HUD ; USA
us-veterans-affairs ; s ; Department of Veterans Affairs ; Veterans Affairs Department ; USA
dhs ; s ; Department of Homeland Security ; DHS|Homeland Security|Homeland Security Department ; USA
cia ; s ; CIA ; Central Intelligence Agency|C.I.A. ; USA
fbi ; s ; FBI ; Federal Bureau of Investigation|F.B.I. ; USA
nsa ; s ; National Security Agency ; NSA ; USA
dni ; s ; Office of the Director of National Intelligence ; ODNI ; USA
nsc ; s ; National Security Council ; NSC ; USA
dea ; s ; Drug Enforcement Administration ; DEA ; USA
ice ; s ; Immigration and Customs Enforcement ; ICE ; USA
cbp ; s ; Customs and Border Protection ; CBP|U.S. Customs and Border Protection|Border Patrol ; USA
secret-service ; s ; Secret Service ; U.S. Secret Service ; USA
us-coast-guard ; s ; U.S. Coast Guard ; US Coast Guard|United States Coast Guard ; USA
joint-chiefs ; s ; Joint Chiefs of Staff ; Joint Chiefs ; USA
centcom ; s ; U.S. Central Command ; CENTCOM|Central Command|US Central Command ; USA
indopacom ; s ; U.S. Indo-Pacific Command ; INDOPACOM|Indo-Pacific Command ; USA
eucom ; s ; U.S. European Command ; EUCOM|European Command ; USA
africom ; s ; U.S. Africa Command ; AFRICOM|Africa Command ; USA
southcom ; s ; U.S. Southern Command ; SOUTHCOM|Southern Command ; USA
norad ; s ; NORAD ; North American Aerospace Defense Command ; USA
us-congress ; s ; Congress ; U.S. Congress|US Congress|United States Congress|Capitol Hill ; USA
us-senate ; s ; Senate ; U.S. Senate|US Senate|United States Senate ; USA
us-house ; s ; House of Representatives ; U.S. House|US House|U.S. House of Representatives|US House of Representatives ; USA
us-supreme-court ; s ; U.S. Supreme Court ; US Supreme Court|United States Supreme Court ; USA
federal-reserve ; s ; Federal Reserve ; Fed|Federal Reserve Board|Federal Reserve System|U.S. Federal Reserve|US Federal Reserve|U.S. central bank ; USA
sec ; s ; Securities and Exchange Commission ; SEC|U.S. Securities and Exchange Commission ; USA
cftc ; s ; Commodity Futures Trading Commission ; CFTC ; USA
ftc ; s ; Federal Trade Commission ; FTC ; USA
fcc ; s ; Federal Communications Commission ; FCC ; USA
faa ; s ; Federal Aviation Administration ; FAA ; USA
fda ; s ; Food and Drug Administration ; FDA|U.S. Food and Drug Administration ; USA
cdc ; s ; Centers for Disease Control and Prevention ; CDC|Centers for Disease Control ; USA
nih ; s ; National Institutes of Health ; NIH ; USA
epa ; s ; Environmental Protection Agency ; EPA ; USA
nasa ; s ; NASA ; National Aeronautics and Space Administration ; USA
fema ; s ; Federal Emergency Management Agency ; FEMA ; USA
usaid ; s ; USAID ; U.S. Agency for International Development|US Agency for International Development|United States Agency for International Development ; USA
ustr ; s ; Office of the U.S. Trade Representative ; USTR|Office of the United States Trade Representative ; USA
ofac ; s ; Office of Foreign Assets Control ; OFAC ; USA
exim-bank ; s ; Export-Import Bank of the United States ; Export-Import Bank|Ex-Im Bank|EXIM ; USA
voa ; s ; Voice of America ; VOA ; USA
rferl ; g ; Radio Free Europe/Radio Liberty ; RFE/RL|Radio Free Europe|Radio Liberty ; USA
rfa ; g ; Radio Free Asia ; RFA ; USA
democratic-party-us ; g ; Democratic Party ; Democrats|Democratic National Committee|DNC ; USA
republican-party-us ; g ; Republican Party ; Republicans|GOP|G.O.P.|Grand Old Party|Republican National Committee|RNC ; USA
aclu ; g ; American Civil Liberties Union ; ACLU ; USA
nra ; g ; National Rifle Association ; NRA ; USA
# --- United Kingdom -------------------------------------------------------
uk-foreign-office ; s ; Foreign Office ; Foreign, Commonwealth and Development Office|Foreign and Commonwealth Office|FCDO|FCO|British Foreign Office ; GBR
home-office ; s ; Home Office ; British Home Office ; GBR
hm-treasury ; s ; HM Treasury ; Her Majesty's Treasury|His Majesty's Treasury|British Treasury ; GBR
uk-mod ; s ; Ministry of Defence ; MoD|MOD|British Ministry of Defence|UK Ministry of Defence ; GBR
uk-parliament ; s ; British Parliament ; UK Parliament|U.K. Parliament|Westminster|Houses of Parliament ; GBR
house-of-commons ; s ; House of Commons ; Commons ; GBR
house-of-lords ; s ; House of Lords ; ; GBR
mi5 ; s ; MI5 ; ; GBR
mi6 ; s ; MI6 ; Secret Intelligence Service|SIS ; GBR
gchq ; s ; GCHQ ; Government Communications Headquarters ; GBR
bank-of-england ; s ; Bank of England ; BoE|BOE ; GBR
buckingham-palace ; s ; Buckingham Palace ; ; GBR
scotland-yard ; s ; Metropolitan Police ; Scotland Yard|Met Police|Metropolitan Police Service ; GBR
conservative-party-uk ; g ; Conservative Party ; Conservatives|Tories|Tory Party ; GBR
labour-party-uk ; g ; Labour Party ; Labour|British Labour Party ; GBR
lib-dems ; g ; Liberal Democrats ; Lib Dems ; GBR
snp ; g ; Scottish National Party ; SNP ; GBR
reform-uk ; g ; Reform UK ; ; GBR
ukip ; g ; UK Independence Party ; UKIP ; GBR
sinn-fein ; g ; Sinn Féin ; ; GBR
dup ; g ; Democratic Unionist Party ; DUP ; GBR
# --- France ---------------------------------------------------------------
quai-dorsay ; s ; Quai d'Orsay ; ; FRA
dgse ; s ; DGSE ; General Directorate for External Security ; FRA
banque-de-france ; s ; Bank of France ; Banque de France ; FRA
national-rally ; g ; National Rally ; Rassemblement National|National Front|Front National ; FRA
les-republicains ; g ; Les Républicains ; ; FRA
lfi ; g ; La France Insoumise ; LFI|France Unbowed ; FRA
# --- Germany --------------------------------------------------------------
bundestag ; s ; Bundestag ; ; DEU
bundesrat ; s ; Bundesrat ; ; DEU
bundeswehr ; s ; Bundeswehr ; ; DEU
bnd ; s ; BND ; Federal Intelligence Service|Bundesnachrichtendienst ; DEU
bundesbank ; s ; Bundesbank ; Deutsche Bundesbank ; DEU
cdu ; g ; Christian Democratic Union ; CDU|Christian Democrats ; DEU
csu ; g ; Christian Social Union ; CSU ; DEU
spd ; g ; SPD ; Social Democratic Party of Germany|German Social Democrats ; DEU
afd ; g ; Alternative for Germany ; AfD|Alternative für Deutschland ; DEU
fdp ; g ; Free Democratic Party ; FDP|Free Democrats ; DEU
greens-de ; g ; German Greens ; Alliance 90/The Greens ; DEU
# --- Italy, Spain, other European --------------------------------------
banca-italia ; s ; Bank of Italy ; Banca d'Italia ; ITA
brothers-of-italy ; g ; Brothers of Italy ; Fratelli d'Italia ; ITA
psoe ; g ; Spanish Socialist Workers' Party ; PSOE ; ESP
vox-party ; g ; Vox party ; ; ESP
fidesz ; g ; Fidesz ; ; HUN
pis ; g ; Law and Justice party ; PiS ; POL
verkhovna-rada ; s ; Verkhovna Rada ; Rada ; UKR
sbu ; s ; SBU ; Security Service of Ukraine ; UKR
hur ; s ; Main Intelligence Directorate of Ukraine ; HUR|GUR ; UKR
# --- Russia, Belarus ------------------------------------------------------
state-duma ; s ; State Duma ; Duma ; RUS
federation-council ; s ; Federation Council ; ; RUS
fsb ; s ; FSB ; Federal Security Service ; RUS
gru ; s ; GRU ; Russian military intelligence ; RUS
svr ; s ; SVR ; Foreign Intelligence Service ; RUS
kgb ; s ; KGB ; ; RUS
rosgvardia ; s ; Rosgvardia ; National Guard of Russia|Russian National Guard ; RUS
central-bank-russia ; s ; Bank of Russia ; Central Bank of Russia|Russian Central Bank ; RUS
united-russia ; g ; United Russia ; ; RUS
kprf ; g ; Communist Party of the Russian Federation ; KPRF ; RUS
ldpr ; g ; Liberal Democratic Party of Russia ; LDPR ; RUS
rosatom ; s ; Rosatom ; ; RUS
roscosmos ; s ; Roscosmos ; ; RUS
rostec ; s ; Rostec ; ; RUS
# --- Middle East: Israel, Iran, others ----------------------------------
knesset ; s ; Knesset ; ; ISR
mossad ; s ; Mossad ; ; ISR
shin-bet ; s ; Shin Bet ; Shabak|Israel Security Agency ; ISR
idf ; s ; Israel Defense Forces ; IDF|Israel Defence Forces|Israeli Defense Forces|Israeli Defence Forces ; ISR
likud ; g ; Likud ; Likud party ; ISR
irgc ; s ; Islamic Revolutionary Guard Corps ; IRGC|Revolutionary Guards|Revolutionary Guard|Revolutionary Guard Corps|Iranian Revolutionary Guard Corps|Pasdaran|Sepah ; IRN
quds-force ; s ; Quds Force ; Qods Force|IRGC Quds Force ; IRN
basij ; s ; Basij ; Basij militia ; IRN
majlis ; s ; Majlis ; Majles|Islamic Consultative Assembly ; IRN
guardian-council ; s ; Guardian Council ; Council of Guardians|Guardians Council ; IRN
assembly-of-experts ; s ; Assembly of Experts ; ; IRN
expediency-council ; s ; Expediency Council ; Expediency Discernment Council ; IRN
aeoi ; s ; Atomic Energy Organization of Iran ; AEOI ; IRN
nioc ; s ; National Iranian Oil Company ; NIOC ; IRN
saudi-aramco ; s ; Saudi Aramco ; Aramco ; SAU
pif ; s ; Public Investment Fund ; PIF ; SAU
adnoc ; s ; ADNOC ; Abu Dhabi National Oil Company ; ARE
qatarenergy ; s ; QatarEnergy ; Qatar Petroleum ; QAT
akp ; g ; Justice and Development Party ; AKP|AK Party ; TUR
chp ; g ; Republican People's Party ; CHP ; TUR
mhp ; g ; Nationalist Movement Party ; MHP ; TUR
dem-party ; g ; Peoples' Equality and Democracy Party ; DEM Party|HDP|Peoples' Democratic Party ; TUR
tbmm ; s ; Grand National Assembly of Turkey ; Turkish Grand National Assembly|TBMM ; TUR
mit ; s ; National Intelligence Organization ; National Intelligence Organisation ; TUR
# --- Asia ---------------------------------------------------------------
ccp ; g ; Chinese Communist Party ; Communist Party of China|CCP|CPC|Chinese Communist Party Central Committee ; CHN
politburo ; g ; Politburo Standing Committee ; Politburo ; CHN
cmc ; s ; Central Military Commission ; CMC ; CHN
npc ; s ; National People's Congress ; NPC|NPC Standing Committee ; CHN
cppcc ; g ; Chinese People's Political Consultative Conference ; CPPCC ; CHN
state-council-china ; s ; State Council ; Chinese State Council ; CHN
pla ; s ; People's Liberation Army ; PLA|PLA Navy|People's Liberation Army Navy|PLA Air Force ; CHN
mss ; s ; Ministry of State Security ; MSS ; CHN
pboc ; s ; People's Bank of China ; PBOC|PBoC ; CHN
tsmc ; g ; TSMC ; Taiwan Semiconductor Manufacturing Company|Taiwan Semiconductor Manufacturing Co ; TWN
dpp ; g ; Democratic Progressive Party ; DPP ; TWN
kuomintang ; g ; Kuomintang ; KMT ; TWN
wpk ; g ; Workers' Party of Korea ; WPK|Korean Workers' Party ; PRK
kpa ; s ; Korean People's Army ; KPA ; PRK
nis ; s ; National Intelligence Service ; NIS ; KOR
bok ; s ; Bank of Korea ; BOK ; KOR
ldp-japan ; g ; Liberal Democratic Party ; LDP ; JPN
japan-diet ; s ; National Diet ; Japanese Diet ; JPN
jsdf ; s ; Self-Defense Forces ; Japan Self-Defense Forces|JSDF|Self-Defence Forces|Japan Self-Defence Forces ; JPN
boj ; s ; Bank of Japan ; BOJ|BoJ ; JPN
bjp ; g ; Bharatiya Janata Party ; BJP ; IND
inc ; g ; Indian National Congress ; Congress party|Congress Party ; IND
rss ; g ; Rashtriya Swayamsevak Sangh ; RSS ; IND
lok-sabha ; s ; Lok Sabha ; ; IND
rajya-sabha ; s ; Rajya Sabha ; ; IND
raw ; s ; Research and Analysis Wing ; R&AW ; IND
rbi ; s ; Reserve Bank of India ; RBI ; IND
isi ; s ; Inter-Services Intelligence ; ISI ; PAK
ispr ; s ; Inter-Services Public Relations ; ISPR ; PAK
pti-party ; g ; Pakistan Tehreek-e-Insaf ; Pakistan Tehreek-i-Insaf|Pakistan Tehrik-e-Insaf ; PAK
pml-n ; g ; Pakistan Muslim League-Nawaz ; PML-N ; PAK
ppp ; g ; Pakistan Peoples Party ; PPP|Pakistan People's Party ; PAK
tatmadaw ; s ; Tatmadaw ; ; MMR
awami-league ; g ; Awami League ; ; BGD
bnp ; g ; Bangladesh Nationalist Party ; BNP ; BGD
# --- Africa, Americas, Oceania (national) ------------------------------
anc ; g ; African National Congress ; ANC ; ZAF
zanu-pf ; g ; ZANU-PF ; Zanu-PF ; ZWE
sandinistas ; g ; Sandinista National Liberation Front ; FSLN|Sandinistas ; NIC
psuv ; g ; United Socialist Party of Venezuela ; PSUV ; VEN
pdvsa ; s ; PDVSA ; Petroleos de Venezuela|Petróleos de Venezuela ; VEN
pri-mexico ; g ; Institutional Revolutionary Party ; PRI ; MEX
pemex ; s ; Pemex ; Petroleos Mexicanos|Petróleos Mexicanos ; MEX
pt-brazil ; g ; Workers' Party ; Partido dos Trabalhadores ; BRA
petrobras ; s ; Petrobras ; ; BRA
rcmp ; s ; Royal Canadian Mounted Police ; RCMP|Mounties ; CAN
bank-of-canada ; s ; Bank of Canada ; ; CAN
asio ; s ; Australian Security Intelligence Organisation ; ASIO ; AUS
rba ; s ; Reserve Bank of Australia ; RBA ; AUS
snb ; s ; Swiss National Bank ; SNB ; CHE
# --- political parties: the ruling and main opposition parties of every country ---
# Parties news in English has named from about 2000 to 2025. Acronyms only
# where no English word, common abbreviation or other known organisation
# shares them; generic names ("Democratic Alliance", "Labour Party") only in
# a qualified, distinctive form.
# Africa
mpla ; g ; MPLA ; Popular Movement for the Liberation of Angola ; AGO
unita ; g ; UNITA ; Unita|National Union for the Total Independence of Angola ; AGO
progressive-union-renewal ; g ; Progressive Union for Renewal ; Union Progressiste le Renouveau ; BEN
bloc-republicain ; g ; Bloc Républicain ; Republican Bloc ; BEN
botswana-democratic-party ; g ; Botswana Democratic Party ; ; BWA
umbrella-for-democratic-change ; g ; Umbrella for Democratic Change ; ; BWA
botswana-congress-party ; g ; Botswana Congress Party ; ; BWA
congress-democracy-progress ; g ; Congress for Democracy and Progress ; ; BFA
peoples-movement-for-progress ; g ; People's Movement for Progress ; ; BFA
cndd-fdd ; g ; CNDD-FDD ; National Council for the Defense of Democracy-Forces for the Defense of Democracy|National Council for the Defence of Democracy-Forces for the Defence of Democracy ; BDI
cnl-burundi ; g ; National Congress for Liberty ; CNL ; BDI
uprona ; g ; Uprona ; UPRONA|Union for National Progress ; BDI
cpdm ; g ; Cameroon People's Democratic Movement ; CPDM|RDPC ; CMR
sdf-cameroon ; g ; Social Democratic Front ; ; CMR
mrc-cameroon ; g ; Cameroon Renaissance Movement ; ; CMR
paicv ; g ; African Party for the Independence of Cape Verde ; PAICV ; CPV
united-hearts-movement ; g ; United Hearts Movement ; Mouvement Cœurs Unis ; CAF
kwa-na-kwa ; g ; Kwa Na Kwa ; KNK ; CAF
mps-chad ; g ; Patriotic Salvation Movement ; ; TCD
transformateurs ; g ; Les Transformateurs ; Transformers party ; TCD
convention-renewal-comoros ; g ; Convention for the Renewal of the Comoros ; ; COM
udps ; g ; Union for Democracy and Social Progress ; UDPS ; COD
pprd ; g ; People's Party for Reconstruction and Democracy ; PPRD ; COD
together-for-the-republic ; g ; Together for the Republic ; Ensemble pour la République ; COD
unc-congo ; g ; Union for the Congolese Nation ; ; COD
mlc-congo ; g ; Movement for the Liberation of Congo ; ; COD
lamuka ; g ; Lamuka ; Lamuka coalition ; COD
sacred-union ; g ; Sacred Union of the Nation ; Union Sacrée de la Nation ; COD
common-front-for-congo ; g ; Common Front for Congo ; ; COD
congolese-party-of-labour ; g ; Congolese Party of Labour ; Congolese Labour Party|Parti Congolais du Travail ; COG
upads ; g ; Pan-African Union for Social Democracy ; UPADS ; COG
rpp-djibouti ; g ; People's Rally for Progress ; ; DJI
pdge ; g ; Democratic Party of Equatorial Guinea ; PDGE ; GNQ
pfdj ; g ; People's Front for Democracy and Justice ; PFDJ ; ERI
pudemo ; g ; People's United Democratic Movement ; PUDEMO ; SWZ
prosperity-party ; g ; Prosperity Party ; ; ETH
eprdf ; g ; Ethiopian People's Revolutionary Democratic Front ; EPRDF ; ETH
ezema ; g ; Ethiopian Citizens for Social Justice ; ; ETH
olf ; g ; Oromo Liberation Front ; OLF ; ETH
oromo-federalist-congress ; g ; Oromo Federalist Congress ; ; ETH
national-movement-of-amhara ; g ; National Movement of Amhara ; ; ETH
cud-ethiopia ; g ; Coalition for Unity and Democracy ; ; ETH
gabonese-democratic-party ; g ; Gabonese Democratic Party ; ; GAB
udb-gabon ; g ; Democratic Union of Builders ; Union Démocratique des Bâtisseurs ; GAB
aprc ; g ; Alliance for Patriotic Reorientation and Construction ; APRC ; GMB
new-patriotic-party ; g ; New Patriotic Party ; ; GHA
ndc-ghana ; g ; National Democratic Congress ; ; GHA
convention-peoples-party ; g ; Convention People's Party ; ; GHA
rally-guinean-people ; g ; Rally of the Guinean People ; ; GIN
ufdg ; g ; Union of Democratic Forces of Guinea ; UFDG ; GIN
paigc ; g ; African Party for the Independence of Guinea and Cape Verde ; PAIGC ; GNB
madem-g15 ; g ; Movement for Democratic Alternation ; Madem G15|MADEM-G15|Madem-G15 ; GNB
rhdp ; g ; Rally of Houphouëtists for Democracy and Peace ; RHDP ; CIV
pdci ; g ; Democratic Party of Côte d'Ivoire ; PDCI|PDCI-RDA|Democratic Party of Ivory Coast ; CIV
ivorian-popular-front ; g ; Ivorian Popular Front ; Front Populaire Ivoirien ; CIV
ppa-ci ; g ; African Peoples' Party-Côte d'Ivoire ; PPA-CI ; CIV
rdr-ivory-coast ; g ; Rally of the Republicans ; RDR ; CIV
odm ; g ; Orange Democratic Movement ; ODM ; KEN
uda-kenya ; g ; United Democratic Alliance ; ; KEN
jubilee-party ; g ; Jubilee Party ; ; KEN
wiper ; g ; Wiper Democratic Movement ; Wiper party|Wiper Party ; KEN
kanu ; g ; Kenya African National Union ; ; KEN
azimio ; g ; Azimio la Umoja ; Azimio|Azimio la Umoja-One Kenya ; KEN
kenya-kwanza ; g ; Kenya Kwanza ; ; KEN
pnu-kenya ; g ; Party of National Unity ; ; KEN
ford-kenya ; g ; Ford-Kenya ; FORD-Kenya ; KEN
all-basotho-convention ; g ; All Basotho Convention ; ; LSO
revolution-for-prosperity ; g ; Revolution for Prosperity ; ; LSO
cdc-liberia ; g ; Coalition for Democratic Change ; Congress for Democratic Change ; LBR
tgv-madagascar ; g ; Tanora Malagasy Vonona ; Young Malagasies Determined ; MDG
tim-madagascar ; g ; Tiako I Madagasikara ; ; MDG
malawi-congress-party ; g ; Malawi Congress Party ; ; MWI
utm-party ; g ; UTM Party ; ; MWI
rpm-mali ; g ; Rally for Mali ; ; MLI
urd-mali ; g ; Union for the Republic and Democracy ; URD ; MLI
adema ; g ; Alliance for Democracy in Mali ; ADEMA|Adema-PASJ ; MLI
el-insaf ; g ; El Insaf ; ; MRT
tewassoul ; g ; Tewassoul ; Tawassoul ; MRT
msm-mauritius ; g ; Militant Socialist Movement ; ; MUS
mmm-mauritius ; g ; Mauritian Militant Movement ; ; MUS
frelimo ; g ; Frelimo ; FRELIMO|Mozambique Liberation Front ; MOZ
renamo ; g ; Renamo ; RENAMO|Mozambican National Resistance ; MOZ
mdm-mozambique ; g ; Democratic Movement of Mozambique ; ; MOZ
swapo ; g ; SWAPO ; Swapo|South West Africa People's Organisation|South West Africa People's Organization ; NAM
ipc-namibia ; g ; Independent Patriots for Change ; ; NAM
pnds ; g ; Nigerien Party for Democracy and Socialism ; PNDS|PNDS-Tarayya ; NER
mnsd ; g ; National Movement for the Development of Society ; MNSD|MNSD-Nassara ; NER
apc-nigeria ; g ; All Progressives Congress ; ; NGA
pdp-nigeria ; g ; Peoples Democratic Party ; People's Democratic Party ; NGA
nnpp ; g ; New Nigeria Peoples Party ; NNPP|New Nigeria People's Party ; NGA
apga ; g ; All Progressives Grand Alliance ; APGA ; NGA
adc-nigeria ; g ; African Democratic Congress ; ; NGA
rpf ; g ; Rwandan Patriotic Front ; RPF-Inkotanyi ; RWA
green-party-rwanda ; g ; Democratic Green Party of Rwanda ; ; RWA
pastef ; g ; Pastef ; PASTEF|African Patriots of Senegal for Work, Ethics and Fraternity ; SEN
apr-senegal ; g ; Alliance for the Republic ; ; SEN
pds-senegal ; g ; Senegalese Democratic Party ; ; SEN
socialist-party-senegal ; g ; Socialist Party of Senegal ; ; SEN
benno-bokk-yakaar ; g ; Benno Bokk Yakaar ; ; SEN
united-seychelles ; g ; United Seychelles ; ; SYC
linyon-demokratik-seselwa ; g ; Linyon Demokratik Seselwa ; ; SYC
slpp-sierra-leone ; g ; Sierra Leone People's Party ; ; SLE
apc-sierra-leone ; g ; All People's Congress ; ; SLE
kulmiye ; g ; Kulmiye ; Kulmiye party ; SOM
waddani ; g ; Waddani ; Waddani party ; SOM
eff ; g ; Economic Freedom Fighters ; ; ZAF
mk-party ; g ; uMkhonto weSizwe party ; uMkhonto weSizwe Party|uMkhonto we Sizwe Party|MK Party|MK party ; ZAF
ifp ; g ; Inkatha Freedom Party ; IFP|Inkatha ; ZAF
freedom-front-plus ; g ; Freedom Front Plus ; Vryheidsfront Plus ; ZAF
actionsa ; g ; ActionSA ; ; ZAF
sacp ; g ; South African Communist Party ; SACP ; ZAF
ncp-sudan ; g ; National Congress Party ; ; SDN
umma-party ; g ; National Umma Party ; Umma Party ; SDN
ffc-sudan ; g ; Forces of Freedom and Change ; FFC|Forces for Freedom and Change ; SDN
popular-congress-party ; g ; Popular Congress Party ; ; SDN
ccm ; g ; Chama Cha Mapinduzi ; CCM|Chama cha Mapinduzi ; TZA
chadema ; g ; Chadema ; CHADEMA ; TZA
cuf ; g ; Civic United Front ; CUF ; TZA
act-wazalendo ; g ; ACT-Wazalendo ; ACT Wazalendo ; TZA
unir-togo ; g ; UNIR ; Union pour la République ; TGO
nrm ; g ; National Resistance Movement ; NRM ; UGA
nup ; g ; National Unity Platform ; NUP ; UGA
fdc ; g ; Forum for Democratic Change ; FDC ; UGA
upnd ; g ; United Party for National Development ; UPND ; ZMB
mmd ; g ; Movement for Multi-Party Democracy ; MMD|Movement for Multiparty Democracy ; ZMB
mdc-zimbabwe ; g ; Movement for Democratic Change ; MDC|MDC-T|MDC Alliance ; ZWE
ccc-zimbabwe ; g ; Citizens Coalition for Change ; ; ZWE
# Latin America and Caribbean
morena ; g ; Morena ; MORENA|National Regeneration Movement|Movimiento Regeneración Nacional ; MEX
pan-mexico ; g ; National Action Party ; Partido Acción Nacional ; MEX
prd-mexico ; g ; Party of the Democratic Revolution ; Partido de la Revolución Democrática ; MEX
movimiento-ciudadano ; g ; Movimiento Ciudadano ; ; MEX
pvem ; g ; Ecologist Green Party of Mexico ; PVEM|Green Ecologist Party of Mexico ; MEX
semilla ; g ; Semilla ; Movimiento Semilla|Seed Movement ; GTM
une-guatemala ; g ; National Unity of Hope ; Unidad Nacional de la Esperanza ; GTM
fcn-nacion ; g ; FCN-Nación ; National Convergence Front ; GTM
national-party-honduras ; g ; National Party of Honduras ; Partido Nacional de Honduras ; HND
libre-honduras ; g ; Liberty and Refoundation Party ; Libre party|Libre Party|Libertad y Refundación ; HND
liberal-party-honduras ; g ; Liberal Party of Honduras ; Partido Liberal de Honduras ; HND
nuevas-ideas ; g ; Nuevas Ideas ; ; SLV
arena-el-salvador ; g ; Nationalist Republican Alliance ; ARENA party|Alianza Republicana Nacionalista ; SLV
fmln ; g ; Farabundo Martí National Liberation Front ; FMLN ; SLV
plc-nicaragua ; g ; Constitutionalist Liberal Party ; ; NIC
pln-costa-rica ; g ; National Liberation Party ; Partido Liberación Nacional ; CRI
pac-costa-rica ; g ; Citizens' Action Party ; ; CRI
ppsd ; g ; Social Democratic Progress Party ; PPSD ; CRI
pusc ; g ; Social Christian Unity Party ; PUSC ; CRI
prd-panama ; g ; Democratic Revolutionary Party ; ; PAN
realizando-metas ; g ; Realizando Metas ; ; PAN
cambio-democratico ; g ; Cambio Democrático ; ; PAN
panamenista-party ; g ; Panameñista Party ; Partido Panameñista ; PAN
communist-party-cuba ; g ; Communist Party of Cuba ; Cuban Communist Party ; CUB
prm-dominican ; g ; Modern Revolutionary Party ; PRM|Partido Revolucionario Moderno ; DOM
pld-dominican ; g ; Dominican Liberation Party ; PLD|Partido de la Liberación Dominicana ; DOM
fuerza-del-pueblo ; g ; Fuerza del Pueblo ; ; DOM
prd-dominican ; g ; Dominican Revolutionary Party ; Partido Revolucionario Dominicano ; DOM
phtk ; g ; Haitian Tèt Kale Party ; PHTK ; HTI
fanmi-lavalas ; g ; Fanmi Lavalas ; Lavalas ; HTI
jlp ; g ; Jamaica Labour Party ; JLP ; JAM
pnp-jamaica ; g ; People's National Party ; ; JAM
pnm-trinidad ; g ; People's National Movement ; PNM ; TTO
unc-trinidad ; g ; United National Congress ; ; TTO
blp-barbados ; g ; Barbados Labour Party ; BLP ; BRB
ppp-guyana ; g ; People's Progressive Party/Civic ; PPP/C|People's Progressive Party ; GUY
apnu ; g ; A Partnership for National Unity ; APNU ; GUY
vhp-suriname ; g ; Progressive Reform Party ; ; SUR
pup-belize ; g ; People's United Party ; ; BLZ
plp-bahamas ; g ; Progressive Liberal Party ; ; BHS
fnm-bahamas ; g ; Free National Movement ; FNM ; BHS
unitary-platform ; g ; Unitary Platform ; Plataforma Unitaria|Unitary Democratic Platform ; VEN
mud-venezuela ; g ; Democratic Unity Roundtable ; Mesa de la Unidad Democrática ; VEN
popular-will ; g ; Popular Will ; Voluntad Popular ; VEN
justice-first ; g ; Justice First ; Primero Justicia ; VEN
un-nuevo-tiempo ; g ; Un Nuevo Tiempo ; ; VEN
vente-venezuela ; g ; Vente Venezuela ; ; VEN
accion-democratica ; g ; Acción Democrática ; ; VEN
pacto-historico ; g ; Pacto Histórico ; Historic Pact ; COL
centro-democratico ; g ; Centro Democrático ; Democratic Center party|Democratic Centre party ; COL
colombian-liberal-party ; g ; Colombian Liberal Party ; Partido Liberal Colombiano ; COL
colombian-conservative-party ; g ; Colombian Conservative Party ; Partido Conservador Colombiano|Conservative Party of Colombia ; COL
cambio-radical ; g ; Cambio Radical ; ; COL
comunes ; g ; Comunes ; Commons party ; COL
alianza-verde ; g ; Alianza Verde ; Green Alliance party ; COL
partido-de-la-u ; g ; Partido de la U ; Social Party of National Unity ; COL
citizen-revolution ; g ; Citizen Revolution ; Revolución Ciudadana|Citizens' Revolution ; ECU
adn-ecuador ; g ; National Democratic Action ; Acción Democrática Nacional ; ECU
creo-ecuador ; g ; Movimiento CREO ; CREO party|Creating Opportunities movement ; ECU
pachakutik ; g ; Pachakutik ; ; ECU
alianza-pais ; g ; PAIS Alliance ; Alianza PAIS ; ECU
fuerza-popular ; g ; Fuerza Popular ; Popular Force party ; PER
peru-libre ; g ; Perú Libre ; Free Peru party ; PER
renovacion-popular ; g ; Renovación Popular ; Popular Renewal party ; PER
apra ; g ; American Popular Revolutionary Alliance ; Peruvian Aprista Party|Partido Aprista Peruano|Aprista party|APRA party ; PER
accion-popular ; g ; Acción Popular ; ; PER
peru-posible ; g ; Perú Posible ; ; PER
mas-bolivia ; g ; Movement for Socialism ; Movimiento al Socialismo|MAS-IPSP ; BOL
comunidad-ciudadana ; g ; Comunidad Ciudadana ; ; BOL
creemos ; g ; Creemos ; ; BOL
republican-party-chile ; g ; Republican Party of Chile ; Partido Republicano de Chile ; CHL
udi-chile ; g ; Independent Democratic Union ; Unión Demócrata Independiente ; CHL
renovacion-nacional ; g ; Renovación Nacional ; ; CHL
socialist-party-chile ; g ; Socialist Party of Chile ; Partido Socialista de Chile ; CHL
communist-party-chile ; g ; Communist Party of Chile ; Chilean Communist Party ; CHL
justicialist-party ; g ; Justicialist Party ; Partido Justicialista|Peronist party|Peronist Party ; ARG
la-libertad-avanza ; g ; La Libertad Avanza ; Liberty Advances ; ARG
pro-argentina ; g ; Republican Proposal ; Propuesta Republicana ; ARG
ucr ; g ; Radical Civic Union ; UCR|Unión Cívica Radical ; ARG
union-por-la-patria ; g ; Unión por la Patria ; Union for the Homeland ; ARG
frente-de-todos ; g ; Frente de Todos ; Front for All ; ARG
frente-para-la-victoria ; g ; Front for Victory ; Frente para la Victoria ; ARG
juntos-por-el-cambio ; g ; Juntos por el Cambio ; Together for Change|Cambiemos ; ARG
frente-amplio ; g ; Broad Front ; Frente Amplio ; URY
anr-paraguay ; g ; National Republican Association ; Asociación Nacional Republicana ; PRY
plra ; g ; Authentic Radical Liberal Party ; PLRA|Partido Liberal Radical Auténtico ; PRY
liberal-party-brazil ; g ; Liberal Party of Brazil ; ; BRA
psdb ; g ; Brazilian Social Democracy Party ; PSDB|Partido da Social Democracia Brasileira ; BRA
mdb-brazil ; g ; Brazilian Democratic Movement ; PMDB|Brazilian Democratic Movement Party|Movimento Democrático Brasileiro ; BRA
uniao-brasil ; g ; União Brasil ; Brazil Union ; BRA
progressistas ; g ; Progressistas ; ; BRA
republicanos ; g ; Republicanos ; ; BRA
psol ; g ; Socialism and Liberty Party ; PSOL|Partido Socialismo e Liberdade ; BRA
psb-brazil ; g ; Brazilian Socialist Party ; Partido Socialista Brasileiro ; BRA
# South Asia
aap ; g ; Aam Aadmi Party ; ; IND
tmc ; g ; All India Trinamool Congress ; Trinamool Congress|Trinamool|TMC|AITC ; IND
samajwadi-party ; g ; Samajwadi Party ; ; IND
bsp-india ; g ; Bahujan Samaj Party ; ; IND
shiv-sena ; g ; Shiv Sena ; Shiv Sena (UBT) ; IND
dmk ; g ; Dravida Munnetra Kazhagam ; DMK ; IND
aiadmk ; g ; All India Anna Dravida Munnetra Kazhagam ; AIADMK ; IND
tdp ; g ; Telugu Desam Party ; TDP|Telugu Desam ; IND
jdu ; g ; Janata Dal (United) ; JD(U)|JDU|JD-U ; IND
jds ; g ; Janata Dal (Secular) ; JD(S)|JD-S ; IND
rjd ; g ; Rashtriya Janata Dal ; RJD ; IND
cpim ; g ; Communist Party of India (Marxist) ; CPI(M)|CPI-M ; IND
communist-party-india ; g ; Communist Party of India ; ; IND
ncp-india ; g ; Nationalist Congress Party ; ; IND
brs ; g ; Bharat Rashtra Samithi ; BRS|Telangana Rashtra Samithi|TRS ; IND
ysrcp ; g ; YSR Congress Party ; YSRCP|YSR Congress|Yuvajana Sramika Rythu Congress Party ; IND
bjd ; g ; Biju Janata Dal ; BJD ; IND
jmm ; g ; Jharkhand Mukti Morcha ; JMM ; IND
akali-dal ; g ; Shiromani Akali Dal ; Akali Dal ; IND
ljp ; g ; Lok Janshakti Party ; LJP ; IND
aimim ; g ; All India Majlis-e-Ittehadul Muslimeen ; AIMIM ; IND
jknc ; g ; Jammu and Kashmir National Conference ; J&K National Conference ; IND
nda-india ; g ; National Democratic Alliance ; ; IND
upa-india ; g ; United Progressive Alliance ; ; IND
india-bloc ; g ; INDIA bloc ; Indian National Developmental Inclusive Alliance ; IND
mqm ; g ; Muttahida Qaumi Movement ; MQM|MQM-P|Muttahida Qaumi Movement-Pakistan ; PAK
jui-f ; g ; Jamiat Ulema-e-Islam (F) ; JUI-F|JUI|Jamiat Ulema-e-Islam|Jamiat Ulema-e-Islam-Fazl ; PAK
jamaat-e-islami ; g ; Jamaat-e-Islami ; ;
jamaat-e-islami-pakistan ; g ; Jamaat-e-Islami Pakistan ; ; PAK
pml-q ; g ; Pakistan Muslim League-Quaid ; PML-Q ; PAK
anp-pakistan ; g ; Awami National Party ; ; PAK
bap-pakistan ; g ; Balochistan Awami Party ; BAP ; PAK
ipp-pakistan ; g ; Istehkam-e-Pakistan Party ; ; PAK
jamaat-e-islami-bangladesh ; g ; Bangladesh Jamaat-e-Islami ; ; BGD
jatiya-party ; g ; Jatiya Party ; JaPa ; BGD
ncp-bangladesh ; g ; National Citizen Party ; ; BGD
slpp-sri-lanka ; g ; Sri Lanka Podujana Peramuna ; ; LKA
sjb ; g ; Samagi Jana Balawegaya ; SJB ; LKA
jvp ; g ; Janatha Vimukthi Peramuna ; JVP ; LKA
npp-sri-lanka ; g ; National People's Power ; ; LKA
unp ; g ; United National Party ; UNP ; LKA
slfp ; g ; Sri Lanka Freedom Party ; SLFP ; LKA
tna-sri-lanka ; g ; Tamil National Alliance ; TNA ; LKA
upfa ; g ; United People's Freedom Alliance ; UPFA ; LKA
nepali-congress ; g ; Nepali Congress ; ; NPL
cpn-uml ; g ; Communist Party of Nepal (Unified Marxist-Leninist) ; CPN-UML|CPN (UML) ; NPL
cpn-maoist-centre ; g ; Communist Party of Nepal (Maoist Centre) ; CPN (Maoist Centre)|CPN (Maoist Center)|CPN-Maoist Centre|Maoist Centre ; NPL
rastriya-swatantra-party ; g ; Rastriya Swatantra Party ; Rastriya Swatantra ; NPL
rastriya-prajatantra-party ; g ; Rastriya Prajatantra Party ; ; NPL
cpn-unified-socialist ; g ; CPN (Unified Socialist) ; ; NPL
druk-phuensum-tshogpa ; g ; Druk Phuensum Tshogpa ; ; BTN
druk-nyamrup-tshogpa ; g ; Druk Nyamrup Tshogpa ; ; BTN
mdp-maldives ; g ; Maldivian Democratic Party ; MDP ; MDV
ppm-maldives ; g ; Progressive Party of Maldives ; ; MDV
hezb-e-islami ; g ; Hezb-e-Islami ; Hizb-i-Islami|Hezb-i-Islami ; AFG
# Southeast and East Asia
pap-singapore ; g ; People's Action Party ; ; SGP
progress-singapore-party ; g ; Progress Singapore Party ; ; SGP
umno ; g ; United Malays National Organisation ; UMNO|Umno|United Malays National Organization ; MYS
pkr ; g ; Parti Keadilan Rakyat ; People's Justice Party ; MYS
dap-malaysia ; g ; Democratic Action Party ; ; MYS
pakatan-harapan ; g ; Pakatan Harapan ; Alliance of Hope ; MYS
barisan-nasional ; g ; Barisan Nasional ; ; MYS
perikatan-nasional ; g ; Perikatan Nasional ; ; MYS
pas-malaysia ; g ; Malaysian Islamic Party ; Parti Islam Se-Malaysia|Pan-Malaysian Islamic Party ; MYS
bersatu ; g ; Bersatu ; Malaysian United Indigenous Party|Parti Pribumi Bersatu Malaysia ; MYS
gabungan-parti-sarawak ; g ; Gabungan Parti Sarawak ; ; MYS
pdi-p ; g ; Indonesian Democratic Party of Struggle ; PDI-P|PDIP|PDI Perjuangan ; IDN
gerindra ; g ; Gerindra ; Gerindra Party|Great Indonesia Movement Party ; IDN
golkar ; g ; Golkar ; Golkar Party ; IDN
pkb ; g ; National Awakening Party ; PKB ; IDN
pks ; g ; Prosperous Justice Party ; PKS ; IDN
partai-demokrat ; g ; Partai Demokrat ; ; IDN
nasdem ; g ; NasDem Party ; NasDem ; IDN
pan-indonesia ; g ; National Mandate Party ; ; IDN
ppp-indonesia ; g ; United Development Party ; ; IDN
pdp-laban ; g ; PDP-Laban ; Partido Demokratiko Pilipino-Lakas ng Bayan ; PHL
lakas-cmd ; g ; Lakas-CMD ; Lakas-Christian Muslim Democrats ; PHL
liberal-party-philippines ; g ; Liberal Party of the Philippines ; ; PHL
nacionalista-party ; g ; Nacionalista Party ; ; PHL
partido-federal ; g ; Partido Federal ng Pilipinas ; ; PHL
npc-philippines ; g ; Nationalist People's Coalition ; ; PHL
akbayan ; g ; Akbayan ; ; PHL
pheu-thai ; g ; Pheu Thai ; Pheu Thai Party|Puea Thai ; THA
move-forward ; g ; Move Forward Party ; ; THA
future-forward ; g ; Future Forward Party ; ; THA
bhumjaithai ; g ; Bhumjaithai ; Bhumjaithai Party|Bhum Jai Thai ; THA
palang-pracharath ; g ; Palang Pracharath ; Palang Pracharath Party|Phalang Pracharat ; THA
thai-rak-thai ; g ; Thai Rak Thai ; ; THA
united-thai-nation ; g ; United Thai Nation Party ; Ruam Thai Sang Chart ; THA
cpp-cambodia ; g ; Cambodian People's Party ; ; KHM
candlelight-party ; g ; Candlelight Party ; ; KHM
cnrp ; g ; Cambodia National Rescue Party ; CNRP ; KHM
funcinpec ; g ; Funcinpec ; FUNCINPEC ; KHM
sam-rainsy-party ; g ; Sam Rainsy Party ; ; KHM
usdp ; g ; Union Solidarity and Development Party ; USDP ; MMR
cpv-vietnam ; g ; Communist Party of Vietnam ; Vietnamese Communist Party ; VNM
lprp ; g ; Lao People's Revolutionary Party ; LPRP ; LAO
fretilin ; g ; Fretilin ; FRETILIN ; TLS
cnrt ; g ; National Congress for Timorese Reconstruction ; CNRT ; TLS
dab-hong-kong ; g ; Democratic Alliance for the Betterment and Progress of Hong Kong ; ; HKG
tpp-taiwan ; g ; Taiwan People's Party ; ; TWN
new-power-party ; g ; New Power Party ; ; TWN
cdp-japan ; g ; Constitutional Democratic Party of Japan ; CDPJ|Constitutional Democratic Party ; JPN
komeito ; g ; Komeito ; New Komeito ; JPN
nippon-ishin ; g ; Nippon Ishin no Kai ; Nippon Ishin|Japan Innovation Party ; JPN
dpj ; g ; Democratic Party of Japan ; DPJ ; JPN
jcp-japan ; g ; Japanese Communist Party ; Japan Communist Party ; JPN
dpfp ; g ; Democratic Party for the People ; DPFP ; JPN
sanseito ; g ; Sanseito ; ; JPN
reiwa-shinsengumi ; g ; Reiwa Shinsengumi ; ; JPN
rebuilding-korea-party ; g ; Rebuilding Korea Party ; ; KOR
saenuri ; g ; Saenuri Party ; ; KOR
grand-national-party ; g ; Grand National Party ; ; KOR
liberty-korea-party ; g ; Liberty Korea Party ; ; KOR
uri-party ; g ; Uri Party ; ; KOR
mpp-mongolia ; g ; Mongolian People's Party ; ; MNG
# Europe
plaid-cymru ; g ; Plaid Cymru ; ; GBR
uup ; g ; Ulster Unionist Party ; UUP ; GBR
sdlp ; g ; Social Democratic and Labour Party ; SDLP ; GBR
alliance-party-ni ; g ; Alliance Party of Northern Ireland ; ; GBR
brexit-party ; g ; Brexit Party ; ; GBR
green-party-ew ; g ; Green Party of England and Wales ; ; GBR
fianna-fail ; g ; Fianna Fáil ; ; IRL
fine-gael ; g ; Fine Gael ; ; IRL
renaissance-france ; g ; La République En Marche ; En Marche|LREM|LaREM|Renaissance party ; FRA
ump-france ; g ; Union for a Popular Movement ; UMP ; FRA
french-socialist-party ; g ; French Socialist Party ; ; FRA
reconquete ; g ; Reconquête ; ; FRA
eelv ; g ; Europe Ecology-The Greens ; EELV|Europe Ecologie-Les Verts ; FRA
modem ; g ; MoDem ; ; FRA
new-popular-front ; g ; New Popular Front ; Nouveau Front Populaire ; FRA
die-linke ; g ; Die Linke ; ; DEU
bsw ; g ; Sahra Wagenknecht Alliance ; BSW|Bündnis Sahra Wagenknecht ; DEU
partito-democratico ; g ; Partito Democratico ; ; ITA
five-star-movement ; g ; Five Star Movement ; M5S|Five-Star Movement|5-Star Movement|Movimento 5 Stelle ; ITA
forza-italia ; g ; Forza Italia ; ; ITA
lega ; g ; Northern League ; Lega Nord ; ITA
italia-viva ; g ; Italia Viva ; ; ITA
people-of-freedom ; g ; People of Freedom ; PdL|Il Popolo della Libertà ; ITA
partido-popular ; g ; Partido Popular ; Spanish People's Party ; ESP
sumar ; g ; Sumar ; ; ESP
podemos ; g ; Podemos ; Unidas Podemos|Unidos Podemos ; ESP
ciudadanos ; g ; Ciudadanos ; ; ESP
junts ; g ; Junts per Catalunya ; Junts|Together for Catalonia ; ESP
erc ; g ; Republican Left of Catalonia ; Esquerra Republicana|Esquerra Republicana de Catalunya ; ESP
pnv ; g ; Basque Nationalist Party ; PNV ; ESP
bildu ; g ; EH Bildu ; Bildu ; ESP
chega ; g ; Chega ; ; PRT
portuguese-socialist-party ; g ; Portuguese Socialist Party ; ; PRT
liberal-initiative ; g ; Liberal Initiative ; Iniciativa Liberal ; PRT
left-bloc ; g ; Left Bloc ; Bloco de Esquerda ; PRT
pvv ; g ; Party for Freedom ; PVV ; NLD
vvd ; g ; People's Party for Freedom and Democracy ; VVD ; NLD
d66 ; g ; D66 ; Democrats 66 ; NLD
groenlinks-pvda ; g ; GroenLinks-PvdA ; GreenLeft-Labour|GL-PvdA ; NLD
groenlinks ; g ; GroenLinks ; GreenLeft ; NLD
pvda ; g ; Dutch Labour Party ; PvdA ; NLD
cda ; g ; Christian Democratic Appeal ; CDA ; NLD
nsc-netherlands ; g ; New Social Contract ; ; NLD
bbb-netherlands ; g ; Farmer-Citizen Movement ; BoerBurgerBeweging ; NLD
n-va ; g ; New Flemish Alliance ; N-VA ; BEL
vlaams-belang ; g ; Vlaams Belang ; ; BEL
mr-belgium ; g ; Reformist Movement ; Mouvement Réformateur ; BEL
csv-luxembourg ; g ; Christian Social People's Party ; ; LUX
fpo ; g ; Freedom Party of Austria ; FPÖ|FPOe ; AUT
ovp ; g ; Austrian People's Party ; ÖVP|OeVP ; AUT
spo ; g ; Social Democratic Party of Austria ; SPÖ|SPOe ; AUT
svp-switzerland ; g ; Swiss People's Party ; ; CHE
sp-switzerland ; g ; Social Democratic Party of Switzerland ; ; CHE
venstre ; g ; Venstre ; Venstre party ; DNK
danish-peoples-party ; g ; Danish People's Party ; ; DNK
denmark-democrats ; g ; Denmark Democrats ; ; DNK
sweden-democrats ; g ; Sweden Democrats ; ; SWE
moderate-party ; g ; Moderate Party ; ; SWE
swedish-social-democrats ; g ; Swedish Social Democratic Party ; Swedish Social Democrats ; SWE
progress-party-norway ; g ; Progress Party of Norway ; FrP ; NOR
norwegian-labour-party ; g ; Norwegian Labour Party ; ; NOR
hoyre ; g ; Høyre ; ; NOR
finns-party ; g ; Finns Party ; True Finns|Perussuomalaiset ; FIN
national-coalition-party ; g ; National Coalition Party ; Kokoomus ; FIN
sdp-finland ; g ; Social Democratic Party of Finland ; Finnish Social Democrats ; FIN
centre-party-finland ; g ; Centre Party of Finland ; Keskusta|Finnish Centre Party ; FIN
estonian-reform-party ; g ; Estonian Reform Party ; ; EST
ekre ; g ; Conservative People's Party of Estonia ; EKRE ; EST
estonian-centre-party ; g ; Estonian Centre Party ; Centre Party of Estonia ; EST
isamaa ; g ; Isamaa ; ; EST
new-unity ; g ; New Unity ; Jaunā Vienotība ; LVA
zzs ; g ; Union of Greens and Farmers ; ZZS ; LVA
homeland-union ; g ; Homeland Union ; TS-LKD|Homeland Union-Lithuanian Christian Democrats ; LTU
lsdp ; g ; Social Democratic Party of Lithuania ; LSDP|Lithuanian Social Democratic Party ; LTU
lvzs ; g ; Lithuanian Farmers and Greens Union ; Farmers and Greens Union ; LTU
dawn-of-nemunas ; g ; Dawn of Nemunas ; ; LTU
civic-platform ; g ; Civic Platform ; Platforma Obywatelska ; POL
civic-coalition ; g ; Civic Coalition ; Koalicja Obywatelska ; POL
konfederacja ; g ; Confederation Liberty and Independence ; Konfederacja ; POL
lewica ; g ; Lewica ; ; POL
polska-2050 ; g ; Polska 2050 ; Poland 2050 ; POL
ano-2011 ; g ; ANO 2011 ; ; CZE
ods ; g ; Civic Democratic Party ; ; CZE
czech-pirate-party ; g ; Czech Pirate Party ; Czech Pirates ; CZE
stan-czech ; g ; Mayors and Independents ; ; CZE
spd-czech ; g ; Freedom and Direct Democracy ; ; CZE
cssd ; g ; Czech Social Democratic Party ; ČSSD ; CZE
kdu-csl ; g ; KDU-ČSL ; Christian and Democratic Union-Czechoslovak People's Party ; CZE
top-09 ; g ; TOP 09 ; ; CZE
spolu ; g ; Spolu ; Spolu coalition ; CZE
smer ; g ; Smer ; Smer-SD|Direction-Social Democracy ; SVK
progressive-slovakia ; g ; Progressive Slovakia ; ; SVK
hlas ; g ; Hlas ; Hlas-SD|Voice-Social Democracy ; SVK
sns-slovakia ; g ; Slovak National Party ; ; SVK
olano ; g ; OĽaNO ; Ordinary People and Independent Personalities ; SVK
sas-slovakia ; g ; Freedom and Solidarity ; SaS ; SVK
kdh ; g ; KDH ; Kresťanskodemokratické hnutie ; SVK
tisza-party ; g ; Tisza party ; Tisza Party|Respect and Freedom Party ; HUN
jobbik ; g ; Jobbik ; ; HUN
mszp ; g ; Hungarian Socialist Party ; MSZP ; HUN
mi-hazank ; g ; Our Homeland Movement ; Mi Hazánk ; HUN
aur ; g ; Alliance for the Union of Romanians ; AUR ; ROU
usr ; g ; Save Romania Union ; USR ; ROU
udmr ; g ; Democratic Alliance of Hungarians in Romania ; UDMR|RMDSZ ; ROU
sos-romania ; g ; SOS Romania ; SOS România ; ROU
gerb ; g ; GERB ; Citizens for European Development of Bulgaria ; BGR
bsp-bulgaria ; g ; Bulgarian Socialist Party ; ; BGR
dps-bulgaria ; g ; Movement for Rights and Freedoms ; ; BGR
we-continue-the-change ; g ; We Continue the Change ; ; BGR
vazrazhdane ; g ; Vazrazhdane ; Vazrazhdane party ; BGR
there-is-such-a-people ; g ; There Is Such a People ; ; BGR
democratic-bulgaria ; g ; Democratic Bulgaria ; ; BGR
new-democracy ; g ; New Democracy ; Nea Dimokratia ; GRC
syriza ; g ; Syriza ; SYRIZA|Coalition of the Radical Left ; GRC
pasok ; g ; PASOK ; Pasok|Panhellenic Socialist Movement ; GRC
golden-dawn ; g ; Golden Dawn ; ; GRC
kke ; g ; Communist Party of Greece ; KKE ; GRC
greek-solution ; g ; Greek Solution ; ; GRC
anel ; g ; Independent Greeks ; ; GRC
akel ; g ; AKEL ; Progressive Party of Working People ; CYP
disy ; g ; Democratic Rally ; DISY ; CYP
diko ; g ; DIKO ; ; CYP
elam ; g ; National Popular Front ; ; CYP
sds-slovenia ; g ; Slovenian Democratic Party ; ; SVN
gibanje-svoboda ; g ; Gibanje Svoboda ; ; SVN
hdz ; g ; Croatian Democratic Union ; HDZ ; HRV
sdp-croatia ; g ; Social Democratic Party of Croatia ; ; HRV
homeland-movement ; g ; Homeland Movement ; Domovinski pokret ; HRV
mozemo ; g ; Možemo ; ; HRV
sns-serbia ; g ; Serbian Progressive Party ; ; SRB
sps-serbia ; g ; Socialist Party of Serbia ; ; SRB
srs-serbia ; g ; Serbian Radical Party ; SRS ; SRB
snsd ; g ; Alliance of Independent Social Democrats ; SNSD ; BIH
sda-bosnia ; g ; Party of Democratic Action ; ; BIH
hdz-bih ; g ; Croatian Democratic Union of Bosnia and Herzegovina ; HDZ BiH ; BIH
sds-bosnia ; g ; Serb Democratic Party ; ; BIH
sdp-bih ; g ; Social Democratic Party of Bosnia and Herzegovina ; SDP BiH ; BIH
dps-montenegro ; g ; Democratic Party of Socialists of Montenegro ; Democratic Party of Socialists ; MNE
europe-now ; g ; Europe Now Movement ; Europe Now! ; MNE
vmro-dpmne ; g ; VMRO-DPMNE ; ; MKD
sdsm ; g ; SDSM ; Social Democratic Union of Macedonia ; MKD
dui ; g ; Democratic Union for Integration ; ; MKD
socialist-party-albania ; g ; Socialist Party of Albania ; ; ALB
democratic-party-albania ; g ; Democratic Party of Albania ; ; ALB
vetevendosje ; g ; Vetëvendosje ; Self-Determination Movement ; XKX
pdk ; g ; Democratic Party of Kosovo ; ; XKX
ldk ; g ; Democratic League of Kosovo ; LDK ; XKX
aak ; g ; Alliance for the Future of Kosovo ; AAK ; XKX
serb-list ; g ; Serb List ; Srpska Lista ; XKX
pas-moldova ; g ; Party of Action and Solidarity ; ; MDA
psrm ; g ; Party of Socialists of the Republic of Moldova ; PSRM ; MDA
sor-party ; g ; Șor Party ; Shor Party ; MDA
pdm-moldova ; g ; Democratic Party of Moldova ; ; MDA
european-solidarity ; g ; European Solidarity ; ; UKR
batkivshchyna ; g ; Batkivshchyna ; Fatherland party|Fatherland Party ; UKR
party-of-regions ; g ; Party of Regions ; ; UKR
opzzh ; g ; Opposition Platform-For Life ; OPZZh ; UKR
our-ukraine ; g ; Our Ukraine bloc ; Our Ukraine party ; UKR
byut ; g ; Yulia Tymoshenko Bloc ; BYuT ; UKR
belaya-rus ; g ; Belaya Rus ; ; BLR
a-just-russia ; g ; A Just Russia ; Just Russia|Fair Russia|SRZP ; RUS
yabloko ; g ; Yabloko ; ; RUS
# Middle East and North Africa
fln-algeria ; g ; FLN ; Algerian National Liberation Front|Front de Libération Nationale ; DZA
rnd-algeria ; g ; National Rally for Democracy ; RND|Rassemblement National Démocratique ; DZA
msp-algeria ; g ; Movement of Society for Peace ; ; DZA
nations-future-party ; g ; Nation's Future Party ; Mostaqbal Watan ; EGY
fjp ; g ; Freedom and Justice Party ; FJP ; EGY
wafd ; g ; Wafd Party ; Wafd|New Wafd Party ; EGY
nour-party ; g ; Nour Party ; al-Nour Party|al-Nour party ; EGY
jcp-libya ; g ; Justice and Construction Party ; ; LBY
nfa-libya ; g ; National Forces Alliance ; ; LBY
pjd ; g ; Justice and Development Party of Morocco ; PJD ; MAR
rni ; g ; National Rally of Independents ; RNI ; MAR
pam-morocco ; g ; Authenticity and Modernity Party ; ; MAR
istiqlal ; g ; Istiqlal Party ; Istiqlal party ; MAR
usfp ; g ; Socialist Union of Popular Forces ; USFP ; MAR
ennahda ; g ; Ennahda ; Ennahda Movement|Ennahdha ; TUN
nidaa-tounes ; g ; Nidaa Tounes ; Nidaa Tunis|Call of Tunisia|Call for Tunisia ; TUN
free-destourian-party ; g ; Free Destourian Party ; ; TUN
qalb-tounes ; g ; Heart of Tunisia ; Qalb Tounes ; TUN
rcd-tunisia ; g ; Constitutional Democratic Rally ; ; TUN
yesh-atid ; g ; Yesh Atid ; ; ISR
shas ; g ; Shas ; ; ISR
utj ; g ; United Torah Judaism ; UTJ ; ISR
otzma-yehudit ; g ; Otzma Yehudit ; Jewish Power party|Jewish Power ; ISR
religious-zionist-party ; g ; Religious Zionist Party ; ; ISR
yisrael-beiteinu ; g ; Yisrael Beiteinu ; Yisrael Beytenu|Yisrael Beitenu ; ISR
kadima ; g ; Kadima ; ; ISR
blue-and-white ; g ; Blue and White ; Kahol Lavan ; ISR
raam ; g ; Ra'am ; United Arab List ; ISR
hadash ; g ; Hadash ; ; ISR
meretz ; g ; Meretz ; ; ISR
jewish-home ; g ; Jewish Home ; ; ISR
yamina ; g ; Yamina ; ; ISR
joint-list ; g ; Joint List ; ; ISR
lebanese-forces ; g ; Lebanese Forces ; ; LBN
fpm ; g ; Free Patriotic Movement ; FPM ; LBN
kataeb ; g ; Kataeb ; Kataeb Party|Phalange|Phalange party|Lebanese Phalanges ; LBN
future-movement ; g ; Future Movement ; Tayyar al-Mustaqbal ; LBN
psp-lebanon ; g ; Progressive Socialist Party ; ; LBN
marada ; g ; Marada Movement ; ; LBN
baath-party ; g ; Baath Party ; Ba'ath Party|Baath party|Ba'ath party|Arab Socialist Ba'ath Party ;
sadrist-movement ; g ; Sadrist Movement ; Sadrist movement|Sadrist bloc|Sadrists ; IRQ
coordination-framework ; g ; Coordination Framework ; ; IRQ
state-of-law ; g ; State of Law Coalition ; State of Law ; IRQ
dawa-party ; g ; Islamic Dawa Party ; Dawa Party|Dawa party ; IRQ
taqaddum ; g ; Taqaddum ; Taqaddum party ; IRQ
iraqiya ; g ; Iraqi National Movement ; Iraqiya List|Iraqiya bloc|al-Iraqiya list ; IRQ
isci ; g ; Islamic Supreme Council of Iraq ; ISCI|Supreme Islamic Iraqi Council|SCIRI ; IRQ
gorran ; g ; Gorran ; Gorran Movement ; IRQ
fatah-alliance ; g ; Fatah Alliance ; Fateh Alliance ; IRQ
iaf-jordan ; g ; Islamic Action Front ; ; JOR
islah-yemen ; g ; Islah ; al-Islah|Yemeni Congregation for Reform ; YEM
gpc-yemen ; g ; General People's Congress ; GPC ; YEM
al-wefaq ; g ; Al-Wefaq ; al-Wefaq|Wefaq ; BHR
iran-participation-front ; g ; Islamic Iran Participation Front ; ; IRN
paydari-front ; g ; Front of Islamic Revolution Stability ; Paydari Front ; IRN
iyi-party ; g ; Good Party ; İYİ Party|IYI Party|Iyi Party ; TUR
new-welfare-party ; g ; New Welfare Party ; Yeniden Refah ; TUR
felicity-party ; g ; Felicity Party ; Saadet Party ; TUR
bdp-turkey ; g ; Peace and Democracy Party ; ; TUR
deva-party ; g ; Democracy and Progress Party ; DEVA Party ; TUR
zafer-party ; g ; Zafer Party ; ; TUR
# North America and Oceania
liberal-party-canada ; g ; Liberal Party of Canada ; ; CAN
conservative-party-canada ; g ; Conservative Party of Canada ; ; CAN
ndp-canada ; g ; New Democratic Party ; ; CAN
bloc-quebecois ; g ; Bloc Québécois ; ; CAN
green-party-canada ; g ; Green Party of Canada ; ; CAN
peoples-party-canada ; g ; People's Party of Canada ; ; CAN
alp ; g ; Australian Labor Party ; ALP ; AUS
liberal-party-australia ; g ; Liberal Party of Australia ; ; AUS
national-party-australia ; g ; National Party of Australia ; ; AUS
lnp-queensland ; g ; Liberal National Party of Queensland ; LNP|Liberal National Party ; AUS
australian-greens ; g ; Australian Greens ; ; AUS
one-nation ; g ; Pauline Hanson's One Nation ; ; AUS
nz-national ; g ; New Zealand National Party ; NZ National Party ; NZL
nz-labour ; g ; New Zealand Labour Party ; NZ Labour Party|NZ Labour ; NZL
act-nz ; g ; ACT New Zealand ; ACT Party|ACT party ; NZL
nz-first ; g ; NZ First ; New Zealand First ; NZL
te-pati-maori ; g ; Te Pāti Māori ; Māori Party ; NZL
nz-greens ; g ; Green Party of Aotearoa New Zealand ; ; NZL
pangu-pati ; g ; Pangu Pati ; Pangu Party ; PNG
fijifirst ; g ; FijiFirst ; ; FJI
sodelpa ; g ; Social Democratic Liberal Party ; SODELPA ; FJI
hrpp ; g ; Human Rights Protection Party ; HRPP ; WSM
fast-samoa ; g ; FAST party ; FAST Party|Fa'atuatua i le Atua Samoa ua Tasi ; WSM
# Central Asia and Caucasus
amanat ; g ; Amanat ; Nur Otan|Amanat party ; KAZ
ak-zhol ; g ; Ak Zhol ; ; KAZ
uzlidep ; g ; Liberal Democratic Party of Uzbekistan ; UzLiDeP ; UZB
ata-meken ; g ; Ata Meken ; ; KGZ
ata-zhurt ; g ; Ata-Zhurt ; ; KGZ
pdpt ; g ; People's Democratic Party of Tajikistan ; PDPT ; TJK
irpt ; g ; Islamic Renaissance Party of Tajikistan ; IRPT ; TJK
democratic-party-turkmenistan ; g ; Democratic Party of Turkmenistan ; ; TKM
georgian-dream ; g ; Georgian Dream ; ; GEO
unm-georgia ; g ; United National Movement ; ; GEO
lelo ; g ; Lelo for Georgia ; ; GEO
civil-contract ; g ; Civil Contract ; ; ARM
republican-party-armenia ; g ; Republican Party of Armenia ; ; ARM
arf ; g ; Armenian Revolutionary Federation ; Dashnaktsutyun ; ARM
prosperous-armenia ; g ; Prosperous Armenia ; ; ARM
yeni-azerbaijan ; g ; New Azerbaijan Party ; Yeni Azerbaijan Party ; AZE
musavat ; g ; Musavat ; ; AZE
popular-front-azerbaijan ; g ; Popular Front Party of Azerbaijan ; Azerbaijan Popular Front Party ; AZE
# --- news agencies and media -------------------------------------------
reuters ; m ; Reuters ; Thomson Reuters ; GBR
ap ; m ; Associated Press ; AP|The Associated Press ; USA
afp ; m ; Agence France-Presse ; AFP|Agence France Presse|France-Presse ; FRA
tass ; m ; TASS ; Tass|ITAR-TASS ; RUS
ria-novosti ; m ; RIA Novosti ; RIA ; RUS
sputnik ; m ; Sputnik ; Sputnik News ; RUS
interfax ; m ; Interfax ; ; RUS
rt ; m ; RT ; Russia Today ; RUS
izvestia ; m ; Izvestia ; ; RUS
kommersant ; m ; Kommersant ; ; RUS
novaya-gazeta ; m ; Novaya Gazeta ; ; RUS
meduza ; m ; Meduza ; ; RUS
xinhua ; m ; Xinhua ; Xinhua News Agency ; CHN
cctv ; m ; China Central Television ; CCTV ; CHN
cgtn ; m ; CGTN ; China Global Television Network ; CHN
global-times ; m ; Global Times ; ; CHN
peoples-daily ; m ; People's Daily ; ; CHN
china-daily ; m ; China Daily ; ; CHN
scmp ; m ; South China Morning Post ; SCMP ; HKG
al-jazeera ; m ; Al Jazeera ; Al-Jazeera|Aljazeera|al-Jazeera ; QAT
al-arabiya ; m ; Al Arabiya ; Al-Arabiya|al-Arabiya ; SAU
asharq-al-awsat ; m ; Asharq Al-Awsat ; ; SAU
spa ; m ; Saudi Press Agency ; SPA ; SAU
wam ; m ; WAM ; Emirates News Agency ; ARE
qna ; m ; Qatar News Agency ; QNA ; QAT
kuna ; m ; Kuwait News Agency ; KUNA ; KWT
al-manar ; m ; Al-Manar ; al-Manar|Al Manar ; LBN
al-mayadeen ; m ; Al Mayadeen ; Al-Mayadeen|al-Mayadeen ; LBN
al-ahram ; m ; Al-Ahram ; al-Ahram|Al Ahram ; EGY
mena ; m ; Middle East News Agency ; ; EGY
rudaw ; m ; Rudaw ; ; IRQ
bbc ; m ; BBC ; British Broadcasting Corporation|BBC News ; GBR
sky-news ; m ; Sky News ; ; GBR
guardian ; m ; The Guardian ; ; GBR
ft ; m ; Financial Times ; FT ; GBR
economist ; m ; The Economist ; ; GBR
telegraph ; m ; The Telegraph ; Daily Telegraph ; GBR
cnn ; m ; CNN ; Cable News Network ; USA
fox-news ; m ; Fox News ; Fox News Channel ; USA
nyt ; m ; The New York Times ; New York Times|NYT ; USA
washington-post ; m ; The Washington Post ; Washington Post ; USA
wsj ; m ; The Wall Street Journal ; Wall Street Journal|WSJ ; USA
bloomberg ; m ; Bloomberg ; Bloomberg News|Bloomberg L.P. ; USA
abc-news ; m ; ABC News ; ; USA
cbs-news ; m ; CBS News ; CBS ; USA
nbc-news ; m ; NBC News ; NBC ; USA
msnbc ; m ; MSNBC ; ; USA
npr ; m ; NPR ; National Public Radio ; USA
pbs ; m ; PBS ; Public Broadcasting Service ; USA
politico ; m ; Politico ; POLITICO ; USA
axios ; m ; Axios ; ; USA
usa-today ; m ; USA Today ; ; USA
la-times ; m ; Los Angeles Times ; LA Times|L.A. Times ; USA
newsweek ; m ; Newsweek ; ; USA
new-yorker ; m ; The New Yorker ; ; USA
cnbc ; m ; CNBC ; ; USA
kyodo ; m ; Kyodo ; Kyodo News ; JPN
jiji ; m ; Jiji Press ; Jiji ; JPN
nhk ; m ; NHK ; ; JPN
nikkei ; m ; Nikkei ; Nikkei Asia|Nikkei Asian Review ; JPN
asahi ; m ; Asahi Shimbun ; Asahi ; JPN
yomiuri ; m ; Yomiuri Shimbun ; Yomiuri ; JPN
mainichi ; m ; Mainichi Shimbun ; Mainichi ; JPN
yonhap ; m ; Yonhap ; Yonhap News Agency ; KOR
korea-herald ; m ; Korea Herald ; ; KOR
chosun-ilbo ; m ; Chosun Ilbo ; ; KOR
joongang ; m ; JoongAng Ilbo ; Korea JoongAng Daily ; KOR
kcna ; m ; KCNA ; Korean Central News Agency ; PRK
anadolu ; m ; Anadolu Agency ; Anadolu|Anadolu Ajansi ; TUR
trt ; m ; TRT ; Turkish Radio and Television ; TUR
daily-sabah ; m ; Daily Sabah ; ; TUR
hurriyet ; m ; Hürriyet ; ; TUR
irna ; m ; IRNA ; Islamic Republic News Agency ; IRN
isna ; m ; ISNA ; Iranian Students' News Agency ; IRN
fars-news ; m ; Fars News Agency ; Fars news agency ; IRN
tasnim ; m ; Tasnim News Agency ; Tasnim ; IRN
mehr ; m ; Mehr News Agency ; Mehr ; IRN
press-tv ; m ; Press TV ; PressTV ; IRN
irib ; m ; IRIB ; Islamic Republic of Iran Broadcasting ; IRN
sana ; m ; SANA ; Syrian Arab News Agency ; SYR
wafa ; m ; WAFA ; Wafa ; PSE
haaretz ; m ; Haaretz ; ; ISR
times-of-israel ; m ; Times of Israel ; ; ISR
jerusalem-post ; m ; Jerusalem Post ; ; ISR
ynet ; m ; Ynet ; Yedioth Ahronoth|Yediot Aharonot ; ISR
times-of-india ; m ; Times of India ; ; IND
hindustan-times ; m ; Hindustan Times ; ; IND
the-hindu ; m ; The Hindu ; ; IND
ndtv ; m ; NDTV ; ; IND
ani ; m ; ANI ; Asian News International ; IND
press-trust-of-india ; m ; Press Trust of India ; ; IND
dw ; m ; Deutsche Welle ; DW ; DEU
dpa ; m ; Deutsche Presse-Agentur ; dpa|DPA ; DEU
spiegel ; m ; Der Spiegel ; Spiegel ; DEU
bild ; m ; Bild ; ; DEU
faz ; m ; Frankfurter Allgemeine Zeitung ; FAZ|Frankfurter Allgemeine ; DEU
le-monde ; m ; Le Monde ; ; FRA
le-figaro ; m ; Le Figaro ; Figaro ; FRA
france-24 ; m ; France 24 ; France24 ; FRA
el-pais ; m ; El País ; ; ESP
efe ; m ; EFE ; ; ESP
ansa ; m ; ANSA ; ; ITA
corriere ; m ; Corriere della Sera ; ; ITA
la-repubblica ; m ; La Repubblica ; ; ITA
ukrinform ; m ; Ukrinform ; ; UKR
ukrainska-pravda ; m ; Ukrainska Pravda ; ; UKR
kyiv-independent ; m ; Kyiv Independent ; ; UKR
belta ; m ; BelTA ; Belta ; BLR
straits-times ; m ; Straits Times ; The Straits Times ; SGP
bernama ; m ; Bernama ; ; MYS
antara ; m ; Antara ; Antara news agency ; IDN
vna ; m ; Vietnam News Agency ; VNA ; VNM
cbc ; m ; Canadian Broadcasting Corporation ; CBC ; CAN
globe-and-mail ; m ; Globe and Mail ; The Globe and Mail ; CAN
abc-australia ; m ; Australian Broadcasting Corporation ; ; AUS
smh ; m ; Sydney Morning Herald ; ; AUS
clarin ; m ; Clarín ; ; ARG
folha ; m ; Folha de S.Paulo ; Folha de Sao Paulo|Folha ; BRA
o-globo ; m ; O Globo ; ; BRA
arab-news ; m ; Arab News ; ; SAU
middle-east-eye ; m ; Middle East Eye ; ; GBR
al-monitor ; m ; Al-Monitor ; ; USA
# --- exchanges ---------------------------------------------------------
nyse ; g ; New York Stock Exchange ; NYSE ; USA
nasdaq ; g ; Nasdaq ; NASDAQ ; USA
cme ; g ; CME Group ; Chicago Mercantile Exchange|CME ; USA
cbot ; g ; Chicago Board of Trade ; CBOT ; USA
nymex ; g ; New York Mercantile Exchange ; NYMEX|Nymex ; USA
lse ; g ; London Stock Exchange ; LSE ; GBR
lme ; g ; London Metal Exchange ; LME ; GBR
euronext ; g ; Euronext ; ; NLD
deutsche-boerse ; g ; Deutsche Börse ; Frankfurt Stock Exchange ; DEU
tse ; g ; Tokyo Stock Exchange ; TSE ; JPN
sse ; g ; Shanghai Stock Exchange ; ; CHN
szse ; g ; Shenzhen Stock Exchange ; ; CHN
hkex ; g ; Hong Kong Stock Exchange ; HKEX|Hong Kong Exchanges and Clearing ; HKG
moex ; g ; Moscow Exchange ; MOEX ; RUS
bse ; g ; Bombay Stock Exchange ; BSE ; IND
nse ; g ; National Stock Exchange of India ; ; IND
tsx ; g ; Toronto Stock Exchange ; TSX ; CAN
# --- companies ---------------------------------------------------------
apple ; g ; Apple ; Apple Inc. ; USA
microsoft ; g ; Microsoft ; Microsoft Corp. ; USA
alphabet ; g ; Google ; Alphabet|Alphabet Inc. ; USA
amazon ; g ; Amazon ; Amazon.com ; USA
meta ; m ; Meta ; Meta Platforms|Facebook ; USA
tesla ; g ; Tesla ; Tesla Inc. ; USA
nvidia ; g ; Nvidia ; NVIDIA ; USA
intel ; g ; Intel ; Intel Corp. ; USA
ibm ; g ; IBM ; International Business Machines ; USA
openai ; g ; OpenAI ; ; USA
twitter ; m ; Twitter ; ; USA
spacex ; g ; SpaceX ; Starlink ; USA
boeing ; g ; Boeing ; Boeing Co. ; USA
lockheed-martin ; g ; Lockheed Martin ; Lockheed ; USA
raytheon ; g ; RTX ; Raytheon|Raytheon Technologies ; USA
northrop-grumman ; g ; Northrop Grumman ; ; USA
general-dynamics ; g ; General Dynamics ; ; USA
general-electric ; g ; General Electric ; GE ; USA
general-motors ; g ; General Motors ; GM ; USA
ford ; g ; Ford Motor ; Ford Motor Company|Ford Motor Co. ; USA
exxonmobil ; g ; ExxonMobil ; Exxon Mobil|Exxon ; USA
chevron ; g ; Chevron ; ; USA
pfizer ; g ; Pfizer ; ; USA
moderna ; g ; Moderna ; ; USA
jpmorgan ; g ; JPMorgan Chase ; JPMorgan|JP Morgan|J.P. Morgan ; USA
goldman-sachs ; g ; Goldman Sachs ; ; USA
blackrock ; g ; BlackRock ; ; USA
walmart ; g ; Walmart ; Wal-Mart ; USA
shell ; g ; Shell ; Royal Dutch Shell|Shell plc ; GBR
bp ; g ; BP ; British Petroleum ; GBR
hsbc ; g ; HSBC ; ; GBR
astrazeneca ; g ; AstraZeneca ; ; GBR
bae-systems ; g ; BAE Systems ; ; GBR
rio-tinto ; g ; Rio Tinto ; ; GBR
glencore ; g ; Glencore ; ; CHE
ubs ; g ; UBS ; ; CHE
totalenergies ; g ; TotalEnergies ; Total SA ; FRA
airbus ; g ; Airbus ; ; FRA
thales ; g ; Thales ; ; FRA
dassault ; g ; Dassault Aviation ; Dassault ; FRA
volkswagen ; g ; Volkswagen ; VW ; DEU
siemens ; g ; Siemens ; ; DEU
rheinmetall ; g ; Rheinmetall ; ; DEU
deutsche-bank ; g ; Deutsche Bank ; ; DEU
biontech ; g ; BioNTech ; ; DEU
eni ; s ; Eni ; ENI ; ITA
equinor ; s ; Equinor ; Statoil ; NOR
maersk ; g ; Maersk ; A.P. Moller-Maersk ; DNK
gazprom ; s ; Gazprom ; ; RUS
rosneft ; s ; Rosneft ; ; RUS
lukoil ; g ; Lukoil ; ; RUS
aeroflot ; s ; Aeroflot ; ; RUS
sinopec ; s ; Sinopec ; China Petroleum & Chemical Corp. ; CHN
petrochina ; s ; PetroChina ; ; CHN
cnpc ; s ; China National Petroleum Corporation ; CNPC ; CHN
cnooc ; s ; CNOOC ; China National Offshore Oil Corporation ; CHN
huawei ; g ; Huawei ; Huawei Technologies ; CHN
zte ; g ; ZTE ; ; CHN
alibaba ; g ; Alibaba ; Alibaba Group ; CHN
tencent ; g ; Tencent ; ; CHN
bytedance ; g ; ByteDance ; ; CHN
tiktok ; m ; TikTok ; ; CHN
byd ; g ; BYD ; ; CHN
samsung ; g ; Samsung ; Samsung Electronics ; KOR
hyundai ; g ; Hyundai ; Hyundai Motor ; KOR
sk-hynix ; g ; SK Hynix ; ; KOR
toyota ; g ; Toyota ; Toyota Motor ; JPN
sony ; g ; Sony ; ; JPN
tata ; g ; Tata Group ; Tata Sons ; IND
reliance ; g ; Reliance Industries ; ; IND
adani ; g ; Adani Group ; ; IND
bhp ; g ; BHP ; BHP Billiton ; AUS
vale ; g ; Vale SA ; ; BRA
# --- further groups -----------------------------------------------------
francophonie ; g ; Organisation internationale de la Francophonie ; Francophonie|International Organisation of La Francophonie
league-of-nations ; g ; League of Nations ;
warsaw-pact ; g ; Warsaw Pact ; Warsaw Treaty Organization
comecon ; g ; Comecon ; Council for Mutual Economic Assistance|CMEA
turkic-states ; g ; Organization of Turkic States ; Turkic Council
axis-of-resistance ; g ; Axis of Resistance ;
lna ; g ; Libyan National Army ; LNA ; LBY
gna ; s ; Government of National Accord ; GNA ; LBY
sovereign-council ; s ; Sovereign Council ; Sovereignty Council|Transitional Sovereignty Council ; SDN
syrian-arab-army ; s ; Syrian Arab Army ; ; SYR
nrf ; a ; National Resistance Front ; National Resistance Front of Afghanistan ; AFG
northern-alliance ; a ; Northern Alliance ; United Islamic Front ; AFG
lra ; a ; Lord's Resistance Army ; LRA ; UGA
fano ; a ; Fano ; Fano militia ; ETH
tdf ; a ; Tigray Defense Forces ; Tigray Defence Forces|TDF ; ETH
contras ; a ; Contras ; Contra rebels ; NIC
clan-del-golfo ; a ; Clan del Golfo ; Gulf Clan|Gaitanista Self-Defense Forces|Urabeños|Autodefensas Gaitanistas de Colombia ; COL
proud-boys ; g ; Proud Boys ; ; USA
oath-keepers ; g ; Oath Keepers ; ; USA
kkk ; g ; Ku Klux Klan ; KKK ; USA
pjak ; a ; PJAK ; Party of Free Life of Kurdistan ; IRN
nujaba ; a ; Harakat al-Nujaba ; Nujaba|al-Nujaba ; IRQ
islamic-resistance-iraq ; a ; Islamic Resistance in Iraq ; ; IRQ
csis-canada ; s ; Canadian Security Intelligence Service ; ; CAN
cogat ; s ; COGAT ; Coordinator of Government Activities in the Territories ; ISR
snsc ; s ; Supreme National Security Council ; SNSC ; IRN
spa-prk ; s ; Supreme People's Assembly ; ; PRK
taiwan-affairs-office ; s ; Taiwan Affairs Office ; ; CHN
mofcom ; s ; MOFCOM ; ; CHN
ndrc ; s ; National Development and Reform Commission ; NDRC ; CHN
dpk ; g ; Democratic Party of Korea ; ; KOR
ppp-korea ; g ; People Power Party ; ; KOR
servant-of-the-people ; g ; Servant of the People ; ; UKR
naftogaz ; s ; Naftogaz ; ; UKR
energoatom ; s ; Energoatom ; ; UKR
investigative-committee ; s ; Investigative Committee ; Russian Investigative Committee ; RUS
roskomnadzor ; s ; Roskomnadzor ; ; RUS
care ; g ; CARE International ; ;
mercy-corps ; g ; Mercy Corps ; ;
world-vision ; g ; World Vision ; ;
islamic-relief ; g ; Islamic Relief ; Islamic Relief Worldwide ;
freedom-house ; g ; Freedom House ; ; USA
phr ; g ; Physicians for Human Rights ; ;
btselem ; g ; B'Tselem ; ; ISR
peace-now ; g ; Peace Now ; ; ISR
fidh ; g ; International Federation for Human Rights ; FIDH ;
global-witness ; g ; Global Witness ; ;
bellingcat ; g ; Bellingcat ; ;
acled ; g ; ACLED ; Armed Conflict Location and Event Data Project ;
carter-center ; g ; Carter Center ; ; USA
saab ; g ; Saab ; ; SWE
naval-group ; s ; Naval Group ; ; FRA
mbda ; g ; MBDA ; ;
hanwha ; g ; Hanwha ; Hanwha Aerospace ; KOR
kalashnikov ; g ; Kalashnikov Concern ; ; RUS
almaz-antey ; s ; Almaz-Antey ; ; RUS
norinco ; s ; Norinco ; ; CHN
elbit ; g ; Elbit Systems ; Elbit ; ISR
rafael ; s ; Rafael Advanced Defense Systems ; ; ISR
iai ; s ; Israel Aerospace Industries ; IAI ; ISR
baykar ; g ; Baykar ; ; TUR
palantir ; g ; Palantir ; Palantir Technologies ; USA
novatek ; g ; Novatek ; ; RUS
sberbank ; s ; Sberbank ; ; RUS
cosco ; s ; COSCO ; Cosco|China COSCO Shipping ; CHN
evergrande ; g ; Evergrande ; China Evergrande ; CHN
foxconn ; g ; Foxconn ; Hon Hai ; TWN
asml ; g ; ASML ; ; NLD
sonatrach ; s ; Sonatrach ; ; DZA
nnpc ; s ; NNPC ; Nigerian National Petroleum Corporation ; NGA
"""


def un_variants(values):
    """A UN body's name as written three ways: "UN Mission in South
    Sudan", "U.N. Mission in South Sudan", "United Nations Mission in
    South Sudan" (any one given adds the other two)."""
    out = list(values)
    for v in values:
        for pre in ("UN ", "U.N. ", "United Nations "):
            if v.startswith(pre):
                rest = v[len(pre):]
                out += ["UN " + rest, "U.N. " + rest, "United Nations " + rest]
    return L.uniq(out)


def izafat_variants(values):
    """Urdu and Persian names transliterated several ways: the izafat
    joint as "-e-" or "-i-" ("Tehreek-e-Insaf", "Tehreek-i-Insaf") and
    the word for a movement as "Tehrik" or "Tehreek" (any one given adds
    the others)."""
    out = list(values)
    for v in values:
        if "-e-" not in v and "-i-" not in v and "Tehrik" not in v and "Tehreek" not in v:
            continue
        forms = {v}
        for a, b in (("-e-", "-i-"), ("-i-", "-e-"), ("Tehrik", "Tehreek"), ("Tehreek", "Tehrik")):
            forms |= {f.replace(a, b) for f in forms}
        out += sorted(forms)
    return L.uniq(out)


def main():
    recs = L.parse_block(DATA, 6)
    rows = []
    seen_ids = set()
    for rid, typ, name, aliases, country, seat in recs:
        if rid in seen_ids:
            sys.exit("duplicate id %s" % rid)
        seen_ids.add(rid)
        typ = {"g": "group", "a": "armed", "s": "state", "m": "media", "c": "country"}[typ]
        if typ == "state" and not country:
            sys.exit("%s: a state organ needs its country" % rid)
        name = L.clean(name)
        vals = L.cap_variants(L.with_ascii(izafat_variants(un_variants([name] + L.bars(aliases)))))
        al = [v for v in vals if v != name]
        rows.append([rid, typ, name, L.cell(al), country, seat])
    L.write_tsv("orgs.tsv", ["id", "type", "name", "aliases", "country", "seat"], rows)


if __name__ == "__main__":
    main()
