#!/usr/bin/env python3
"""Build countries.tsv from Debian iso-codes (iso_3166-1.json) plus the
hand-written data below (news names, extra aliases, demonyms, capitals).

Usage: python3 tools/make_countries.py [path/to/iso_3166-1.json]

Data lines: CODE ; name ; aliases ; demonyms ; capitals
  name      the short name news uses; empty = ISO common_name or name
  aliases   extra names, '|' between them; '-X' removes an ISO name X
  demonyms  adjective and people forms; 'Word+' also adds 'Words'
  capitals  capital city (and seat-of-government) names and spellings
Accented values get their unaccented spelling added automatically;
names starting with 'Saint ' get 'St.' and 'St' forms; a chosen name
containing ' and ' also gets the '&' form.
"""

import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"

DATA = r"""
ABW ; ; ; Aruban+ ; Oranjestad
AFG ; ; ; Afghan+ ; Kabul
AGO ; ; ; Angolan+ ; Luanda
AIA ; ; ; Anguillan+ ;
ALA ; Åland Islands ; Åland ; ; Mariehamn
ALB ; ; ; Albanian+ ; Tirana|Tirane
AND ; ; ; Andorran+ ; Andorra la Vella
ARE ; United Arab Emirates ; UAE|U.A.E.|Emirates ; Emirati+ ; Abu Dhabi
ARG ; ; Argentine Republic ; Argentine+|Argentinian+ ; Buenos Aires
ARM ; ; ; Armenian+ ; Yerevan
ASM ; ; ; American Samoan+ ; Pago Pago
ATA ; ; ; ;
ATF ; ; French Southern and Antarctic Lands ; ;
ATG ; ; ; Antiguan+ ; Saint John's|St. John's
AUS ; ; Commonwealth of Australia ; Australian+ ; Canberra
AUT ; ; ; Austrian+ ; Vienna|Wien
AZE ; ; ; Azerbaijani+|Azeri+ ; Baku
BDI ; ; ; Burundian+ ; Gitega|Bujumbura
BEL ; ; ; Belgian+ ; Brussels
BEN ; ; Dahomey ; Beninese ; Porto-Novo|Cotonou
BES ; Caribbean Netherlands ; Bonaire ; ; Kralendijk
BFA ; ; Upper Volta|Burkina ; Burkinabe|Burkinabè ; Ouagadougou
BGD ; ; ; Bangladeshi+ ; Dhaka|Dacca
BGR ; ; ; Bulgarian+ ; Sofia
BHR ; ; ; Bahraini+ ; Manama
BHS ; Bahamas ; The Bahamas ; Bahamian+ ; Nassau
BIH ; ; Bosnia|Bosnia-Herzegovina|Bosnia and Hercegovina ; Bosnian+|Herzegovinian+ ; Sarajevo
BLM ; ; St. Barts|St Barts|St. Barths|Saint Barths ; ; Gustavia
BLR ; ; Byelorussia|Belorussia ; Belarusian+|Belarussian+|Byelorussian+ ; Minsk
BLZ ; ; ; Belizean+ ; Belmopan
BMU ; ; ; Bermudian+ ;
BOL ; Bolivia ; ; Bolivian+ ; La Paz|Sucre
BRA ; ; ; Brazilian+ ; Brasilia|Brasília
BRB ; ; ; Barbadian+|Bajan+ ; Bridgetown
BRN ; Brunei ; Brunei Darussalam|Nation of Brunei ; Bruneian+ ; Bandar Seri Begawan
BTN ; ; ; Bhutanese ; Thimphu
BVT ; ; Bouvetøya ; ;
BWA ; ; ; Botswanan+|Motswana|Batswana ; Gaborone
CAF ; ; CAR|Centrafrique ; ; Bangui
CAN ; ; ; Canadian+ ; Ottawa
CCK ; Cocos Islands ; Keeling Islands|Cocos and Keeling Islands ; ;
CHE ; ; ; Swiss ; Bern|Berne
CHL ; ; ; Chilean+ ; Santiago|Santiago de Chile
CHN ; ; PRC|P.R.C.|Mainland China ; Chinese ; Beijing|Peking
CIV ; Ivory Coast ; Côte d'Ivoire|Cote d'Ivoire|Republic of Cote d'Ivoire|Republic of Ivory Coast ; Ivorian+ ; Yamoussoukro|Abidjan
CMR ; ; ; Cameroonian+ ; Yaounde|Yaoundé
COD ; Democratic Republic of Congo ; Democratic Republic of the Congo|DR Congo|D.R. Congo|DRC|D.R.C.|DR of Congo|Congo-Kinshasa|Congo Kinshasa|Congo|Zaire ; Congolese ; Kinshasa
COG ; Republic of Congo ; -Congo|Congo Republic|Congo-Brazzaville|Congo Brazzaville ; ; Brazzaville
COK ; ; ; Cook Islander+ ; Avarua
COL ; ; ; Colombian+ ; Bogota|Bogotá
COM ; ; ; Comorian+|Comoran+ ; Moroni
CPV ; Cape Verde ; Cabo Verde|Republic of Cape Verde ; Cape Verdean+ ; Praia
CRI ; ; ; Costa Rican+ ; San José|San Jose
CUB ; ; ; Cuban+ ; Havana|La Habana
CUW ; ; ; Curaçaoan+ ; Willemstad
CXR ; ; ; ; Flying Fish Cove
CYM ; ; Caymans ; Caymanian+ ;
CYP ; ; ; Cypriot+ ; Nicosia
CZE ; Czech Republic ; Czechia ; Czech+ ; Prague|Praha
DEU ; ; West Germany|Deutschland ; German+|West German+ ; Berlin|Bonn
DJI ; ; ; Djiboutian+ ; Djibouti City
DMA ; ; ; ; Roseau
DNK ; ; ; Danish|Dane+ ; Copenhagen
DOM ; ; ; Dominican+ ; Santo Domingo
DZA ; ; ; Algerian+ ; Algiers
ECU ; ; ; Ecuadorian+|Ecuadorean+ ; Quito
EGY ; ; ; Egyptian+ ; Cairo
ERI ; ; ; Eritrean+ ; Asmara
ESH ; ; Sahrawi Arab Democratic Republic|SADR ; Sahrawi+|Saharawi+ ; Laayoune|El Aaiún
ESP ; ; España ; Spanish|Spaniard+ ; Madrid
EST ; ; ; Estonian+ ; Tallinn
ETH ; ; ; Ethiopian+ ; Addis Ababa
FIN ; ; Suomi ; Finnish|Finn+ ; Helsinki
FJI ; ; ; Fijian+ ; Suva
FLK ; Falkland Islands ; Falklands|Malvinas|Islas Malvinas ; Falkland Islander+ ; Port Stanley
FRA ; ; ; French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen ; Paris
FRO ; ; Faroes|Faeroe Islands ; Faroese ; Tórshavn
FSM ; Micronesia ; ; Micronesian+ ; Palikir
GAB ; ; ; Gabonese ; Libreville
GBR ; United Kingdom ; UK|U.K.|Britain|Great Britain ; British|Briton+ ; London
GEO ; ; ; Georgian+ ; Tbilisi
GGY ; ; ; ; Saint Peter Port|St. Peter Port|St Peter Port
GHA ; ; ; Ghanaian+ ; Accra
GIB ; ; ; Gibraltarian+ ;
GIN ; ; Guinea-Conakry ; Guinean+ ; Conakry
GLP ; ; ; Guadeloupean+ ; Basse-Terre
GMB ; Gambia ; The Gambia ; Gambian+ ; Banjul
GNB ; ; ; Bissau-Guinean+ ; Bissau
GNQ ; ; ; Equatorial Guinean+|Equatoguinean+ ; Malabo
GRC ; ; Hellas ; Greek+|Hellenic ; Athens
GRD ; ; ; Grenadian+ ; Saint George's|St. George's
GRL ; ; Kalaallit Nunaat ; Greenlandic|Greenlander+ ; Nuuk
GTM ; ; ; Guatemalan+ ; Guatemala City
GUF ; ; ; French Guianese ; Cayenne
GUM ; ; ; Guamanian+ ; Hagåtña|Agana
GUY ; ; ; Guyanese ; Georgetown
HKG ; ; Hong Kong SAR|Hong Kong S.A.R. ; Hong Konger+ ;
HMD ; ; ; ;
HND ; ; ; Honduran+ ; Tegucigalpa
HRV ; ; Hrvatska ; Croatian+|Croat+ ; Zagreb
HTI ; ; ; Haitian+ ; Port-au-Prince
HUN ; ; ; Hungarian+ ; Budapest
IDN ; ; ; Indonesian+ ; Jakarta
IMN ; ; ; Manx ;
IND ; ; Bharat ; Indian+ ; New Delhi
IOT ; ; Chagos Islands|Chagos Archipelago ; ;
IRL ; ; Republic of Ireland|Eire|Éire ; Irish|Irishman|Irishmen ; Dublin
IRN ; Iran ; ; Iranian+ ; Tehran|Teheran
IRQ ; ; ; Iraqi+ ; Baghdad
ISL ; ; ; Icelandic|Icelander+ ; Reykjavik|Reykjavík
ISR ; ; ; Israeli+ ; Jerusalem
ITA ; ; Italia ; Italian+ ; Rome|Roma
JAM ; ; ; Jamaican+ ; Kingston
JEY ; ; ; ; Saint Helier|St. Helier|St Helier
JOR ; ; ; Jordanian+ ; Amman
JPN ; ; Nippon ; Japanese ; Tokyo
KAZ ; ; ; Kazakh+|Kazakhstani+ ; Astana|Nur-Sultan
KEN ; ; ; Kenyan+ ; Nairobi
KGZ ; ; Kirghizia|Kirgizia ; Kyrgyz|Kirghiz|Kyrgyzstani+ ; Bishkek
KHM ; ; Kampuchea ; Cambodian+ ; Phnom Penh
KIR ; ; ; I-Kiribati ; Tarawa|South Tarawa
KNA ; Saint Kitts and Nevis ; Saint Kitts|St. Kitts|St Kitts|Federation of Saint Kitts and Nevis ; Kittitian+|Nevisian+ ; Basseterre
KOR ; South Korea ; Republic of Korea|ROK|R.O.K.|S. Korea|S.Korea ; South Korean+ ; Seoul
KWT ; ; ; Kuwaiti+ ; Kuwait City
LAO ; Laos ; Lao PDR|Lao People's Democratic Republic ; Laotian+|Lao ; Vientiane
LBN ; ; ; Lebanese ; Beirut
LBR ; ; ; Liberian+ ; Monrovia
LBY ; ; State of Libya ; Libyan+ ; Tripoli
LCA ; ; ; Saint Lucian+|St. Lucian+ ; Castries
LIE ; ; ; Liechtensteiner+ ; Vaduz
LKA ; ; Ceylon ; Sri Lankan+ ; Sri Jayawardenepura Kotte|Colombo
LSO ; ; ; Basotho|Mosotho ; Maseru
LTU ; ; ; Lithuanian+ ; Vilnius
LUX ; ; ; Luxembourgish|Luxembourger+ ; Luxembourg City
LVA ; ; ; Latvian+ ; Riga
MAC ; Macau ; Macao|Macau SAR|Macao SAR ; Macanese ;
MAF ; Saint Martin ; Collectivity of Saint Martin ; ; Marigot
MAR ; ; ; Moroccan+ ; Rabat
MCO ; ; ; Monegasque+|Monégasque+ ;
MDA ; Moldova ; ; Moldovan+ ; Chisinau|Chișinău|Kishinev
MDG ; ; ; Malagasy ; Antananarivo
MDV ; ; Maldive Islands ; Maldivian+ ;
MEX ; ; ; Mexican+ ; Mexico City
MHL ; ; ; Marshallese ; Majuro
MKD ; North Macedonia ; Macedonia|Republic of Macedonia|Former Yugoslav Republic of Macedonia|FYROM ; Macedonian+ ; Skopje
MLI ; ; ; Malian+ ; Bamako
MLT ; ; ; Maltese ; Valletta
MMR ; ; Burma|Union of Myanmar ; Burmese ; Naypyidaw|Naypyitaw|Nay Pyi Taw
MNE ; ; ; Montenegrin+ ; Podgorica
MNG ; ; ; Mongolian+ ; Ulaanbaatar|Ulan Bator
MNP ; ; ; Northern Mariana Islander+ ; Saipan
MOZ ; ; ; Mozambican+ ; Maputo
MRT ; ; ; Mauritanian+ ; Nouakchott
MSR ; ; ; Montserratian+ ; Brades
MTQ ; ; ; Martinican+ ; Fort-de-France
MUS ; ; ; Mauritian+ ; Port Louis
MWI ; ; ; Malawian+ ; Lilongwe
MYS ; ; ; Malaysian+ ; Kuala Lumpur|Putrajaya
MYT ; ; ; Mahoran+ ; Mamoudzou
NAM ; ; ; Namibian+ ; Windhoek
NCL ; ; ; New Caledonian+ ; Nouméa
NER ; ; ; Nigerien+ ; Niamey
NFK ; ; ; Norfolk Islander+ ;
NGA ; ; ; Nigerian+ ; Abuja
NIC ; ; ; Nicaraguan+ ; Managua
NIU ; ; ; Niuean+ ; Alofi
NLD ; ; Holland ; Dutch|Dutchman|Dutchmen|Dutchwoman ; Amsterdam|The Hague
NOR ; ; ; Norwegian+ ; Oslo
NPL ; ; ; Nepali+|Nepalese ; Kathmandu
NRU ; ; ; Nauruan+ ; Yaren
NZL ; ; Aotearoa|NZ|N.Z. ; New Zealander+ ; Wellington
OMN ; ; ; Omani+ ; Muscat
PAK ; ; ; Pakistani+ ; Islamabad
PAN ; ; ; Panamanian+ ; Panama City
PCN ; Pitcairn Islands ; Pitcairn ; Pitcairn Islander+ ; Adamstown
PER ; ; ; Peruvian+ ; Lima
PHL ; ; ; Filipino+|Filipina+|Philippine ; Manila
PLW ; ; ; Palauan+ ; Ngerulmud
PNG ; ; PNG ; Papua New Guinean+ ; Port Moresby
POL ; ; Polska ; Polish|Pole+ ; Warsaw
PRI ; ; ; Puerto Rican+ ; San Juan
PRK ; North Korea ; DPRK|D.P.R.K.|N. Korea|N.Korea ; North Korean+ ; Pyongyang
PRT ; ; ; Portuguese ; Lisbon|Lisboa
PRY ; ; ; Paraguayan+ ; Asunción
PSE ; Palestine ; State of Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territories|occupied Palestinian territories|Occupied Palestinian Territory ; Palestinian+ ; Ramallah
PYF ; ; Tahiti ; French Polynesian+ ; Papeete
QAT ; ; ; Qatari+ ; Doha
REU ; Réunion ; La Réunion ; Réunionese ;
ROU ; ; Rumania ; Romanian+|Rumanian+ ; Bucharest
RUS ; Russia ; Russian Federation|Soviet Union|USSR|U.S.S.R. ; Russian+|Soviet+ ; Moscow
RWA ; ; ; Rwandan+|Rwandese ; Kigali
SAU ; ; KSA ; Saudi+|Saudi Arabian+ ; Riyadh
SDN ; Sudan ; ; Sudanese ; Khartoum
SEN ; ; ; Senegalese ; Dakar
SGP ; ; ; Singaporean+ ;
SGS ; ; South Georgia ; ; King Edward Point|Grytviken
SHN ; Saint Helena ; Ascension Island|Tristan da Cunha ; Saint Helenian+ ;
SJM ; ; Svalbard ; ; Longyearbyen
SLB ; ; Solomons ; Solomon Islander+ ; Honiara
SLE ; ; ; Sierra Leonean+ ; Freetown
SLV ; ; ; Salvadoran+|Salvadorean+ ; San Salvador
SMR ; ; ; Sammarinese|San Marinese ;
SOM ; ; ; Somali+|Somalian+ ; Mogadishu
SPM ; ; ; ; Saint-Pierre
SRB ; ; Serbia and Montenegro|Yugoslavia ; Serbian+|Serb+ ; Belgrade
SSD ; South Sudan ; ; South Sudanese ; Juba
STP ; São Tomé and Príncipe ; ; Santomean+|São Toméan+ ; São Tomé
SUR ; ; Surinam ; Surinamese ; Paramaribo
SVK ; ; ; Slovak+|Slovakian+ ; Bratislava
SVN ; ; ; Slovenian+|Slovene+ ; Ljubljana
SWE ; ; ; Swedish|Swede+ ; Stockholm
SWZ ; Eswatini ; Swaziland|Kingdom of Swaziland ; Swazi+|Emaswati ; Mbabane|Lobamba
SXM ; Sint Maarten ; ; ; Philipsburg
SYC ; ; ; Seychellois ;
SYR ; Syria ; ; Syrian+ ; Damascus
TCA ; ; ; ; Cockburn Town
TCD ; ; ; Chadian+ ; N'Djamena|Ndjamena
TGO ; ; ; Togolese ; Lomé
THA ; ; Siam ; Thai+ ; Bangkok
TJK ; ; ; Tajik+|Tajikistani+ ; Dushanbe
TKL ; ; ; Tokelauan+ ;
TKM ; ; ; Turkmen ; Ashgabat|Ashkhabad
TLS ; East Timor ; Timor-Leste|Timor Leste ; Timorese|East Timorese ; Dili
TON ; ; ; Tongan+ ; Nuku'alofa
TTO ; ; Trinidad ; Trinidadian+|Tobagonian+ ; Port of Spain|Port-of-Spain
TUN ; ; ; Tunisian+ ; Tunis
TUR ; Turkey ; Türkiye|Republic of Türkiye|Republic of Turkey ; Turkish|Turk+ ; Ankara
TUV ; ; ; Tuvaluan+ ; Funafuti
TWN ; Taiwan ; Republic of China|Chinese Taipei|Formosa ; Taiwanese ; Taipei
TZA ; Tanzania ; ; Tanzanian+ ; Dodoma
UGA ; ; ; Ugandan+ ; Kampala
UKR ; ; ; Ukrainian+ ; Kyiv|Kiev
UMI ; ; U.S. Minor Outlying Islands ; ;
URY ; ; ; Uruguayan+ ; Montevideo
USA ; ; U.S.|US|USA|U.S.A.|America|United States of America ; American+ ; Washington|Washington D.C.|Washington DC|Washington, D.C.|District of Columbia
UZB ; ; ; Uzbek+|Uzbekistani+ ; Tashkent
VAT ; Vatican ; Holy See|Vatican City|Vatican City State ; ;
VCT ; Saint Vincent and the Grenadines ; Saint Vincent|St. Vincent|St Vincent ; Vincentian+ ; Kingstown
VEN ; Venezuela ; ; Venezuelan+ ; Caracas
VGB ; British Virgin Islands ; ; ; Road Town
VIR ; U.S. Virgin Islands ; US Virgin Islands|United States Virgin Islands ; ; Charlotte Amalie
VNM ; Vietnam ; Viet Nam|Socialist Republic of Vietnam|North Vietnam|Democratic Republic of Vietnam ; Vietnamese|North Vietnamese ; Hanoi
VUT ; ; ; Ni-Vanuatu ; Port Vila
WLF ; ; ; Wallisian+|Futunan+ ; Mata-Utu
WSM ; ; Western Samoa ; Samoan+ ; Apia
XKX ; Kosovo ; Republic of Kosovo ; Kosovar+|Kosovan+ ; Pristina|Priština|Prishtina
# Former states that left no single successor (ISO 3166-3 lists them;
# South Vietnam, which it does not, has the code the Republic of Vietnam
# used): older copy names them as actors of their own. A state that
# was renamed or continued by one successor is an alias of that
# successor above (Soviet Union, Yugoslavia, Zaire, Burma, Dahomey,
# Upper Volta, Rhodesia, West Germany, North Vietnam, North Yemen). A
# capital that is now another country's (Prague) or a city of the
# successor (Aden) is not listed.
CSK ; Czechoslovakia ; Czechoslovak Socialist Republic|Czech and Slovak Federal Republic ; Czechoslovak+|Czechoslovakian+ ;
DDR ; East Germany ; German Democratic Republic|GDR ; East German+ ; East Berlin
YMD ; South Yemen ; People's Democratic Republic of Yemen ; South Yemeni+ ;
RVN ; South Vietnam ; Republic of Vietnam ; South Vietnamese ; Saigon
YEM ; ; North Yemen|Yemen Arab Republic ; Yemeni+|North Yemeni+ ; Sanaa|Sana'a
ZAF ; ; RSA|S. Africa ; South African+ ; Pretoria|Cape Town|Bloemfontein
ZMB ; ; ; Zambian+ ; Lusaka
ZWE ; ; Rhodesia|Southern Rhodesia ; Zimbabwean+ ; Harare
"""

# Names of the Kosovo row, which ISO 3166-1 does not list.
EXTRA_ISO = [{"alpha_3": "XKX", "name": "Kosovo"}]
# Former states given rows of their own (see the data above).
FORMER = [{"alpha_3": "CSK", "name": "Czechoslovakia"}, {"alpha_3": "DDR", "name": "East Germany"},
          {"alpha_3": "YMD", "name": "South Yemen"}, {"alpha_3": "RVN", "name": "South Vietnam"}]


def iso_forms(entry):
    """ISO names usable as text aliases (skip inverted 'X, Y of' forms and
    parenthesised ones; drop a leading 'the ')."""
    out = []
    for key in ("name", "official_name", "common_name"):
        v = entry.get(key)
        if not v or "," in v or "(" in v:
            continue
        if v.startswith("the "):
            v = v[4:]
        out.append(v)
    return out


def saint_forms(v):
    if v.startswith("Saint "):
        rest = v[len("Saint "):]
        return [v, "St. " + rest, "St " + rest]
    return [v]


def demonym_forms(text):
    out = []
    for d in L.bars(text):
        if d.endswith("+"):
            d = d[:-1]
            out += [d, d + "s"]
        else:
            out.append(d)
    return out


def main():
    iso_path = sys.argv[1] if len(sys.argv) > 1 else ISO
    with open(iso_path, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"] + EXTRA_ISO + FORMER
    data = {r[0]: r for r in L.parse_block(DATA, 5)}
    codes = {e["alpha_3"] for e in iso}
    missing = codes - set(data)
    extra = set(data) - codes
    if missing or extra:
        sys.exit("data/ISO mismatch: missing %s, extra %s" % (sorted(missing), sorted(extra)))

    rows = []
    for e in iso:
        code = e["alpha_3"]
        _, name, aliases, dem, caps = data[code]
        if not name:
            name = e.get("common_name") or e["name"]
        if "," in name or "(" in name:
            sys.exit("%s: pick a news name for %r" % (code, name))
        drop = {a[1:] for a in L.bars(aliases) if a.startswith("-")}
        hand = [a for a in L.bars(aliases) if not a.startswith("-")]
        names = []
        if " and " in name:
            names.append(name.replace(" and ", " & "))
        for v in iso_forms(e) + hand:
            names += saint_forms(v)
        names += saint_forms(name)[1:]
        names = [n for n in names if n not in drop]
        al = [a for a in L.with_ascii([name] + names) if a != L.clean(name)]
        dem_vals = L.with_ascii(demonym_forms(dem))
        cap_vals = []
        for c in L.bars(caps):
            cap_vals += saint_forms(c)
        cap_vals = L.with_ascii(cap_vals)
        rows.append([code, L.clean(name), L.cell(al), L.cell(dem_vals), L.cell(cap_vals)])

    L.write_tsv("countries.tsv", ["code", "name", "aliases", "demonyms", "capitals"], rows)


if __name__ == "__main__":
    main()
