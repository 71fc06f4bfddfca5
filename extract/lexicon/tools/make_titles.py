#!/usr/bin/env python3
"""Build titles.tsv: titles, ranks and honorifics that precede or describe
a person.

Data lines: title ; canonical ; country ; flags
  canonical  normalised title; empty = the title itself
  country    alpha-3 when the title alone implies a country
  flags      letters: l = lower (also matches in lower case),
             h = honorific (marks a person, gives no role),
             a = abbrev (an abbreviation: 'Gen.', 'FM', 'Lt Col'),
             r = regnal (a monarch's or pontiff's title before the one name
             the holder is known by: "King Salman", "Pope Francis"; the
             person is named with it and is not a surname of another)

Every title whose canonical form is in OFFICES below also gets the flags
of the top offices it can name (hos head of state, hog head of
government, fm foreign minister): a lone surname after it is looked up
in leaders.tsv for holders of those offices ("President Putin"). The
offices of an international organisation get intl instead: their holder
serves no country, so a past national office in leaders.tsv gives none
("Secretary-General Antonio Guterres", once Portugal's prime minister).
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

FLAGS = {"l": "lower", "h": "honorific", "a": "abbrev", "r": "regnal"}

# canonical title -> the offices of leaders.tsv it may name. Military
# ranks are there for the soldiers who ruled ("Colonel Gaddafi"); plain
# "Minister" and "Secretary" for "Minister Lavrov", "Secretary Kerry".
OFFICES = {
    "President": "hos", "President-elect": "hos", "King": "hos", "Queen": "hos",
    "Emperor": "hos", "Empress": "hos", "Monarch": "hos", "Emir": "hos", "Sultan": "hos",
    "Grand Duke": "hos", "Supreme Leader": "hos", "Head of State": "hos", "Leader": "hos",
    "General Secretary": "hos", "Chairman": "hos", "Ayatollah": "hos", "Grand Ayatollah": "hos",
    "General": "hos", "Colonel": "hos", "Field Marshal": "hos", "Marshal": "hos",
    "Sheikh": "hos,hog", "Crown Prince": "hos,hog",
    "Prime Minister": "hog", "Premier": "hog", "Chancellor": "hog", "Head of Government": "hog",
    "Taoiseach": "hog",
    "Foreign Minister": "fm", "Foreign Secretary": "fm", "Secretary of State": "fm",
    "Top Diplomat": "fm", "Minister": "fm", "Secretary": "fm",
    "Secretary-General": "intl", "Deputy Secretary-General": "intl", "Under-Secretary-General": "intl",
    "Assistant Secretary-General": "intl", "High Representative": "intl", "Director-General": "intl",
}

DATA = r"""
# --- heads of state and government --------------------------------------
President ; ; ; l
Vice President ; ; ; l
Vice-President ; Vice President ; ; l
VP ; Vice President ; ; a
President-elect ; ; ; l
Acting President ; President ; ; l
Interim President ; President ; ; l
Prime Minister ; ; ; l
PM ; Prime Minister ; ; a
Acting Prime Minister ; Prime Minister ; ; l
Interim Prime Minister ; Prime Minister ; ; l
Caretaker Prime Minister ; Prime Minister ; ; l
Prime Minister-designate ; Prime Minister ; ; l
Deputy Prime Minister ; ; ; l
Deputy PM ; Deputy Prime Minister ; ; a
First Deputy Prime Minister ; Deputy Prime Minister ; ; l
Premier ; ; ; l
Vice Premier ; ; ; l
Chancellor ; ; ; l
Vice Chancellor ; ; ; l
Chancellor of the Exchequer ; ; GBR ; l
Taoiseach ; ; IRL ;
Tánaiste ; ; IRL ;
Tanaiste ; Tánaiste ; IRL ;
First Minister ; ; GBR ; l
Chief Minister ; ; ; l
Head of State ; ; ; l
Head of Government ; ; ; l
Leader ; ; ; l
Supreme Leader ; ; IRN ; l
Opposition Leader ; ; ; l
Rebel Leader ; ; ; l
King ; ; ; lr
Queen ; ; ; lr
Crown Prince ; ; ; lr
Crown Princess ; ; ; lr
Prince ; ; ; lr
Princess ; ; ; lr
Emperor ; ; ; lr
Empress ; ; ; lr
Monarch ; ; ; l
Emir ; ; ; lr
Sultan ; ; ; lr
Sheikh ; ; ;
Sheik ; Sheikh ; ;
Shaikh ; Sheikh ; ;
Grand Duke ; ; ; r
Duke ; ; ;
Duchess ; ; ;
Baron ; ; ;
Baroness ; ; ;
Governor-General ; Governor-General ; ; l
Governor General ; Governor-General ; ; l
General Secretary ; ; ; l
Party Secretary ; ; ; l
Party Chief ; ; ; l
Chief Executive ; ; ; l
Chief Executive Officer ; Chief Executive ; ; l
CEO ; Chief Executive ; ; a
Chief Financial Officer ; ; ; l
CFO ; Chief Financial Officer ; ; a
Chief Operating Officer ; ; ; l
COO ; Chief Operating Officer ; ; a
Founder ; ; ; l
Co-founder ; Founder ; ; l
Chairman ; ; ; l
Chairwoman ; Chairman ; ; l
Chairperson ; Chairman ; ; l
Chair ; Chairman ; ;
Vice Chairman ; ; ; l
Vice-Chairman ; Vice Chairman ; ; l
Deputy Chairman ; Vice Chairman ; ; l
# --- ministers and secretaries ---------------------------------------------
Minister ; ; ; l
Deputy Minister ; ; ; l
Vice Minister ; Deputy Minister ; ; l
Junior Minister ; Deputy Minister ; ; l
Minister of State ; ; ; l
State Secretary ; ; ; l
Foreign Minister ; ; ; l
FM ; Foreign Minister ; ; a
Minister of Foreign Affairs ; Foreign Minister ; ; l
Foreign Affairs Minister ; Foreign Minister ; ; l
External Affairs Minister ; Foreign Minister ; ; l
Minister of External Affairs ; Foreign Minister ; ; l
Deputy Foreign Minister ; ; ; l
Vice Foreign Minister ; Deputy Foreign Minister ; ; l
Defense Minister ; ; ; l
Defence Minister ; Defense Minister ; ; l
Minister of Defense ; Defense Minister ; ; l
Minister of Defence ; Defense Minister ; ; l
Deputy Defense Minister ; ; ; l
Deputy Defence Minister ; Deputy Defense Minister ; ; l
Interior Minister ; ; ; l
Minister of the Interior ; Interior Minister ; ; l
Minister of Interior ; Interior Minister ; ; l
Home Minister ; Interior Minister ; ; l
Home Affairs Minister ; Interior Minister ; ; l
Finance Minister ; ; ; l
Minister of Finance ; Finance Minister ; ; l
Economy Minister ; ; ; l
Economic Minister ; Economy Minister ; ; l
Economics Minister ; Economy Minister ; ; l
Minister of Economy ; Economy Minister ; ; l
Trade Minister ; ; ; l
Commerce Minister ; Trade Minister ; ; l
Minister of Trade ; Trade Minister ; ; l
Industry Minister ; ; ; l
Energy Minister ; ; ; l
Oil Minister ; Energy Minister ; ; l
Petroleum Minister ; Energy Minister ; ; l
Minister of Energy ; Energy Minister ; ; l
Health Minister ; ; ; l
Minister of Health ; Health Minister ; ; l
Education Minister ; ; ; l
Agriculture Minister ; ; ; l
Farm Minister ; Agriculture Minister ; ; l
Justice Minister ; ; ; l
Minister of Justice ; Justice Minister ; ; l
Labour Minister ; ; ; l
Labor Minister ; Labour Minister ; ; l
Transport Minister ; ; ; l
Environment Minister ; ; ; l
Information Minister ; ; ; l
Culture Minister ; ; ; l
Intelligence Minister ; ; ; l
Emergency Situations Minister ; ; ; l
Emergencies Minister ; Emergency Situations Minister ; ; l
Immigration Minister ; ; ; l
Development Minister ; ; ; l
Unification Minister ; ; ; l
Secretary ; ; ; l
Cabinet Secretary ; ; ; l
Secretary of State ; ; USA ; l
Deputy Secretary of State ; ; USA ; l
Under Secretary of State ; ; USA ; l
Under-Secretary of State ; Under Secretary of State ; USA ; l
Undersecretary of State ; Under Secretary of State ; USA ; l
Under Secretary ; ; ; l
Under-Secretary ; Under Secretary ; ; l
Undersecretary ; Under Secretary ; ; l
Assistant Secretary of State ; ; USA ; l
# the deputies of any department: 'Assistant Secretary of Defense X',
# 'Deputy Secretary Y', 'Under Secretary of the Treasury Z'
Deputy Secretary ; ; ; l
Assistant Secretary ; ; ; l
Deputy Secretary of Defense ; ; USA ; l
Assistant Secretary of Defense ; ; USA ; l
Under Secretary of Defense ; ; USA ; l
Deputy Secretary of the Treasury ; ; USA ; l
Under Secretary of the Treasury ; ; USA ; l
Assistant Secretary of the Treasury ; ; USA ; l
Deputy Secretary of Homeland Security ; ; USA ; l
Deputy Attorney General ; Attorney General ; ; l
Assistant Attorney General ; Attorney General ; ; l
Surgeon General ; ; USA ; l
Deputy National Security Adviser ; National Security Adviser ; ; l
# the head of an agency: 'EPA Administrator X', 'USAID Administrator Y'
Administrator ; ; ; l
Deputy Administrator ; Administrator ; ; l
Defense Secretary ; ; USA ; l
Secretary of Defense ; Defense Secretary ; USA ; l
Secretary of War ; Defense Secretary ; USA ; l
War Secretary ; Defense Secretary ; USA ; l
Treasury Secretary ; ; USA ; l
Secretary of the Treasury ; Treasury Secretary ; USA ; l
Commerce Secretary ; ; USA ; l
Energy Secretary ; ; USA ; l
Agriculture Secretary ; ; USA ; l
Interior Secretary ; ; USA ; l
Labor Secretary ; ; USA ; l
Transportation Secretary ; ; USA ; l
Homeland Security Secretary ; ; USA ; l
Secretary of Homeland Security ; Homeland Security Secretary ; USA ; l
Health Secretary ; ; ; l
Education Secretary ; ; ; l
Foreign Secretary ; ; GBR ; l
Home Secretary ; ; GBR ; l
Defence Secretary ; ; GBR ; l
Business Secretary ; ; GBR ; l
Northern Ireland Secretary ; ; GBR ; l
Attorney General ; ; ; l
Attorney-General ; Attorney General ; ; l
Solicitor General ; ; ; l
Special Counsel ; ; USA ; l
Director of National Intelligence ; ; USA ; l
National Security Adviser ; ; ; l
National Security Advisor ; National Security Adviser ; ; l
Trade Representative ; ; ; l
# --- diplomats and international officials ------------------------------
Ambassador ; ; ; l
Ambassador-at-large ; Ambassador ; ; l
Envoy ; ; ; l
Special Envoy ; ; ; l
Special Representative ; ; ; l
Special Coordinator ; ; ; l
Special Rapporteur ; ; ; l
Emissary ; Envoy ; ; l
Chargé d'Affaires ; Chargé d'Affaires ; ; l
Charge d'Affaires ; Chargé d'Affaires ; ; l
Consul ; ; ; l
Consul General ; ; ; l
Consul-General ; Consul General ; ; l
Diplomat ; ; ; l
Top Diplomat ; ; ; l
Negotiator ; ; ; l
Chief Negotiator ; ; ; l
Nuclear Negotiator ; ; ; l
Mediator ; ; ; l
Secretary-General ; ; ; l
Secretary General ; Secretary-General ; ; l
UN Secretary-General ; Secretary-General ; ; l
U.N. Secretary-General ; Secretary-General ; ; l
UN Secretary General ; Secretary-General ; ; l
U.N. Secretary General ; Secretary-General ; ; l
Deputy Secretary-General ; ; ; l
Under-Secretary-General ; ; ; l
Under Secretary-General ; Under-Secretary-General ; ; l
Assistant Secretary-General ; ; ; l
High Representative ; ; ; l
High Commissioner ; ; ; l
Foreign Policy Chief ; High Representative ; ; l
Foreign Affairs Chief ; High Representative ; ; l
Commissioner ; ; ; l
Director ; ; ; l
Director-General ; ; ; l
Director General ; Director-General ; ; l
Deputy Director ; ; ; l
Executive Director ; ; ; l
Managing Director ; ; ; l
Ombudsman ; ; ; l
# --- legislators and officials ---------------------------------------------
Senator ; ; ; l
Sen. ; Senator ; ; a
Representative ; ; ; l
Rep. ; Representative ; ; a
Congressman ; ; USA ; l
Congresswoman ; Congressman ; USA ; l
Congressperson ; Congressman ; USA ; l
Member of Parliament ; ; ; l
MP ; Member of Parliament ; ; a
MEP ; Member of the European Parliament ; ; a
Member of the European Parliament ; ; ; l
Lawmaker ; ; ; l
Legislator ; Lawmaker ; ; l
Speaker ; ; ; l
House Speaker ; Speaker ; USA ; l
Speaker of the House ; Speaker ; USA ; l
Parliament Speaker ; Speaker ; ; l
Parliamentary Speaker ; Speaker ; ; l
Majority Leader ; ; USA ; l
Minority Leader ; ; USA ; l
Senate Majority Leader ; Majority Leader ; USA ; l
Senate Minority Leader ; Minority Leader ; USA ; l
Whip ; ; ;
Chief Whip ; ; ; l
Governor ; ; ; l
Gov. ; Governor ; ; a
Lieutenant Governor ; ; ; l
Lt. Gov. ; Lieutenant Governor ; ; a
Mayor ; ; ; l
Deputy Mayor ; ; ; l
Councillor ; ; ; l
Councilor ; Councillor ; ; l
Councilman ; Councillor ; ; l
Councilwoman ; Councillor ; ; l
Spokesman ; ; ; l
Spokeswoman ; Spokesman ; ; l
Spokesperson ; Spokesman ; ; l
Press Secretary ; ; ; l
Adviser ; ; ; l
Advisor ; Adviser ; ; l
Senior Adviser ; Adviser ; ; l
Senior Advisor ; Adviser ; ; l
Aide ; ; ; l
Chief of Staff ; ; ; l
Chief ; ; ; l
Army Chief ; ; ; l
Military Chief ; ; ; l
Defence Chief ; Military Chief ; ; l
Defense Chief ; Military Chief ; ; l
Intelligence Chief ; ; ; l
Spy Chief ; Intelligence Chief ; ; l
Security Chief ; ; ; l
Police Chief ; ; ; l
Top General ; ; ; l
# --- law and police -------------------------------------------------------
Judge ; ; ; l
Justice ; ; ;
Chief Justice ; ; ; l
Prosecutor ; ; ; l
Chief Prosecutor ; ; ; l
Prosecutor General ; ; ; l
Prosecutor-General ; Prosecutor General ; ; l
Attorney ; ; ; l
District Attorney ; ; ; l
Lawyer ; ; ; l
Inspector ; ; ; l
Detective ; ; ; l
Superintendent ; ; ; l
Chief Constable ; ; ; l
Constable ; ; ; l
Head Constable ; ; ; l
Police Constable ; Constable ; ; l
Deputy Inspector General ; ; ; l
Inspector General ; ; ; l
Ombudswoman ; Ombudsman ; ; l
Sheriff ; ; ; l
# --- military ranks and posts ---------------------------------------------
General ; ; ;
Gen. ; General ; ; a
Gen ; General ; ; a
Lieutenant General ; ; ; l
Lieutenant-General ; Lieutenant General ; ; l
Lt. Gen. ; Lieutenant General ; ; a
Lt Gen ; Lieutenant General ; ; a
Major General ; ; ; l
Major-General ; Major General ; ; l
Maj. Gen. ; Major General ; ; a
Maj Gen ; Major General ; ; a
Brigadier General ; ; ; l
Brigadier-General ; Brigadier General ; ; l
Brig. Gen. ; Brigadier General ; ; a
Brig Gen ; Brigadier General ; ; a
Brigadier ; ; ; l
Brig. ; Brigadier ; ; a
Brig ; Brigadier ; ; a
Colonel ; ; ; l
Col. ; Colonel ; ; a
Col ; Colonel ; ; a
Lieutenant Colonel ; ; ; l
Lieutenant-Colonel ; Lieutenant Colonel ; ; l
Lt. Col. ; Lieutenant Colonel ; ; a
Lt Col ; Lieutenant Colonel ; ; a
Major ; ; ;
Maj. ; Major ; ; a
Maj ; Major ; ; a
Captain ; ; ; l
Capt. ; Captain ; ; a
Capt ; Captain ; ; a
Lieutenant ; ; ; l
Lt. ; Lieutenant ; ; a
Lt ; Lieutenant ; ; a
First Lieutenant ; Lieutenant ; ; l
Second Lieutenant ; Lieutenant ; ; l
Admiral ; ; ; l
Adm. ; Admiral ; ; a
Adm ; Admiral ; ; a
Vice Admiral ; ; ; l
Vice Adm. ; Vice Admiral ; ; a
Rear Admiral ; ; ; l
Rear Adm. ; Rear Admiral ; ; a
Commodore ; ; ; l
Commander ; ; ; l
Cmdr. ; Commander ; ; a
Cdr. ; Commander ; ; a
Lieutenant Commander ; ; ; l
Lt. Cmdr. ; Lieutenant Commander ; ; a
Commander-in-Chief ; ; ; l
Commander in Chief ; Commander-in-Chief ; ; l
Supreme Allied Commander ; ; ; l
Field Commander ; Commander ; ; l
Sergeant ; ; ; l
Sgt. ; Sergeant ; ; a
Sgt ; Sergeant ; ; a
Staff Sergeant ; Sergeant ; ; l
Staff Sgt. ; Sergeant ; ; a
Master Sergeant ; Sergeant ; ; l
Sergeant Major ; ; ; l
# ranks with a class: 'Sgt. First Class Gilad Shalit', 'Private First Class X'
Sergeant First Class ; Sergeant ; ; l
Sgt. First Class ; Sergeant ; ; a
Sgt. 1st Class ; Sergeant ; ; a
Private First Class ; Private ; ; l
Corporal ; ; ;
Cpl. ; Corporal ; ; a
Pvt. ; Private ; ; a
Pfc. ; Private ; ; a
Lance Corporal ; ; ; l
Lance Cpl. ; Lance Corporal ; ; a
Lance Naik ; ; ; l
Naik ; ; ;
Havildar ; ; ; l
Subedar ; ; ; l
Sepoy ; ; ; l
Sipahi ; Sepoy ; ; l
Marshal ; ; ; l
Field Marshal ; ; ; l
Air Marshal ; ; ; l
Air Chief Marshal ; ; ; l
Chief of the General Staff ; ; ; l
Chief of General Staff ; Chief of the General Staff ; ; l
Chief of the Defence Staff ; ; ; l
Chief of Defence Staff ; Chief of the Defence Staff ; ; l
Chief of Defense Staff ; Chief of the Defence Staff ; ; l
Chief of Army Staff ; ; ; l
Chairman of the Joint Chiefs of Staff ; ; USA ; l
Joint Chiefs Chairman ; Chairman of the Joint Chiefs of Staff ; USA ; l
Chief of Naval Operations ; ; USA ; l
Chief of Naval Staff ; ; ; l
Chief of Air Staff ; ; ; l
Army Chief of Staff ; Chief of Army Staff ; ; l
Senior General ; General ; ;
Vice Senior General ; General ; ;
# the other ranks of armies, navies and air forces in English, each
# capitalised only ('specialist', 'gunner' are common words); not
# 'Private', which opens and ends firms' names ('Overseas Private
# Investment Corp', 'X Private Ltd')
Specialist ; ; ;
Spc. ; Specialist ; ; a
Trooper ; ; ;
Gunner ; ; ;
Bombardier ; ; ;
Rifleman ; ; ;
Fusilier ; ; ;
Guardsman ; ; ;
Sapper ; ; ;
Lance Sergeant ; Sergeant ; ; l
First Sergeant ; Sergeant ; ; l
Gunnery Sergeant ; Sergeant ; ; l
Gunnery Sgt. ; Sergeant ; ; a
Command Sergeant Major ; Sergeant Major ; ; l
Warrant Officer ; ; ; l
Chief Warrant Officer ; Warrant Officer ; ; l
Seaman ; ; ;
Able Seaman ; Seaman ; ; l
Leading Seaman ; Seaman ; ; l
Petty Officer ; ; ; l
Chief Petty Officer ; Petty Officer ; ; l
Ensign ; ; ;
Midshipman ; ; ;
Airman ; ; ;
Senior Airman ; Airman ; ; l
Pilot Officer ; ; ; l
Flying Officer ; ; ; l
Flight Lieutenant ; ; ; l
Flt Lt ; Flight Lieutenant ; ; a
Squadron Leader ; ; ; l
Sqn Ldr ; Squadron Leader ; ; a
Wing Commander ; ; ; l
Wg Cdr ; Wing Commander ; ; a
Group Captain ; ; ; l
Air Commodore ; ; ; l
Air Vice Marshal ; ; ; l
Air Vice-Marshal ; Air Vice Marshal ; ; l
Warlord ; ; ; l
# --- religious -------------------------------------------------------------
Pope ; ; VAT ; lr
Ayatollah ; ; ; l
Grand Ayatollah ; ; ; l
Hojatoleslam ; ; ;
Cleric ; ; ; l
Imam ; ; ; l
Mullah ; ; ; l
Mufti ; ; ; l
Grand Mufti ; ; ; l
Rabbi ; ; ; l
Chief Rabbi ; ; ; l
Reverend ; ; ;
Rev. ; Reverend ; ; a
Rev ; Reverend ; ; a
Father ; ; ;
Fr. ; Father ; ; a
Pastor ; ; ; l
Bishop ; ; ; l
Archbishop ; ; ; l
Cardinal ; ; ;
Patriarch ; ; ; lr
Monsignor ; ; ;
Msgr. ; Monsignor ; ; a
Caliph ; ; ; l
# --- honorifics -------------------------------------------------------------
Mr. ; Mr ; ; ha
Mr ; Mr ; ; ha
Mrs. ; Mrs ; ; ha
Mrs ; Mrs ; ; ha
Ms. ; Ms ; ; ha
Ms ; Ms ; ; ha
Miss ; ; ; h
Dr. ; Dr ; ; ha
Dr ; Dr ; ; ha
Prof. ; Professor ; ; ha
Prof ; Professor ; ; ha
Professor ; ; ; hl
Sir ; ; ; h
Dame ; ; ; h
Lord ; ; ; h
Lady ; ; ; h
Madam ; ; ; h
Madame ; ; ; h
Mme ; Madame ; ; ha
Monsieur ; ; ; h
Herr ; ; ; h
Frau ; ; ; h
Señor ; ; ; h
Señora ; ; ; h
Senor ; Señor ; ; h
Senora ; Señora ; ; h
Signor ; ; ; h
Signora ; ; ; h
Comrade ; ; ; h
Seyed ; ; ; h
Seyyed ; Seyed ; ; h
Sayyid ; Seyed ; ; h
Syed ; Seyed ; ; h
Haji ; ; ; h
Hajji ; Haji ; ; h
His Excellency ; ; ; h
Her Excellency ; ; ; h
His Majesty ; ; ; h
Her Majesty ; ; ; h
His Royal Highness ; ; ; h
Her Royal Highness ; ; ; h
HRH ; His Royal Highness ; ; ha
His Highness ; ; ; h
Her Highness ; ; ; h
His Holiness ; ; ; h
# --- relational nouns: a person and (with a country before) whose, no role
# ("his Iraqi counterpart Fuad Hussein", "her French colleague X")
Counterpart ; ; ; hl
Colleague ; ; ; hl
"""


# The other ministerial portfolios: each gives "X Minister" and "Minister of
# X" (canonical "X Minister"), where DATA does not already list the form
# ("Tourism Minister X", "Minister of Public Security Y").
PORTFOLIOS = [
    "Security", "Public Security", "National Security", "Tourism", "Communications", "Telecommunications",
    "Water", "Mines", "Planning", "Housing", "Social Affairs", "Women's Affairs",
    "Youth", "Sports", "Fisheries", "Science", "Technology", "Religious Affairs",
    "Veterans Affairs", "Infrastructure", "Public Works", "Higher Education", "Foreign Trade", "European Affairs",
    "Refugees", "Natural Resources", "Electricity", "Water Resources", "Irrigation", "Employment",
    "Welfare", "Family", "Local Government", "Reconstruction", "Humanitarian Affairs", "Civil Aviation",
    "Budget", "Investment", "Parliamentary Affairs", "Legal Affairs", "Media", "Diaspora",
    "Minerals", "Lands", "Public Health", "Education", "Culture", "Transport",
    "Environment", "Industry", "Agriculture", "Information", "Tourism and Culture",
]


def portfolio_rows(known):
    for p in PORTFOLIOS:
        for title, canon in ((p + " Minister", ""), ("Minister of " + p, p + " Minister")):
            if title not in known:
                yield title, canon, "", "l"


def main():
    rows = []
    seen = set()
    data = list(L.parse_block(DATA, 4))
    data += list(portfolio_rows({t for t, _, _, _ in data}))
    for title, canon, country, flags in data:
        if title in seen:
            sys.exit("duplicate title %r" % title)
        seen.add(title)
        fl = [FLAGS[c] for c in flags]
        # a title that is all capitals or ends with a dot is an abbreviation
        if title.endswith(".") and "abbrev" not in fl:
            sys.exit("%r ends with a dot but lacks the a flag" % title)
        fl.sort(key=["honorific", "lower", "abbrev", "regnal"].index)
        offices = OFFICES.get(canon or title)
        if offices:
            fl += offices.split(",")
        rows.append([title, canon or title, country, ",".join(fl)])
    known = {canon or title for title, canon, _, _ in data}
    missing = sorted(set(OFFICES) - known)
    if missing:
        sys.exit("OFFICES names titles that are not canonical forms: %s" % ", ".join(missing))
    L.write_tsv("titles.tsv", ["title", "canonical", "country", "flags"], rows)


if __name__ == "__main__":
    main()
