#!/usr/bin/env python3
"""Write the small hand-made word lists: nonnames.txt, orgwords.txt and
particles.txt (one entry a line, '#' header line, sorted)."""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

# Capitalised tokens that are never names in news text.
NONNAMES = """
January February March April June July August September October November December
Feb Apr Jul Aug Sep Sept Oct Nov Dec
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Tues Thur Thurs
Laughter Applause Inaudible Crosstalk Cheers Booing Silence Music Unintelligible
Question Questions Answer Answers Moderator Operator Participant Participants Staff
Interpreter Translator Transcript Video Photo Photos Picture Pictures Graphic Graphics
Reporting Reported Editing Edited Writing Written Additional Compiled Updated Update
Advertisement Advertising Sponsored Share Shares Comments Comment Related Read More Subscribe
Click Copyright Page Continued Contd Next Previous Top Home Menu Search Login Sign Newsletter
Source Sources Caption Credit Credits Breaking Exclusive Analysis Opinion Editorial Factbox
Explainer Timeline Listen Live Latest Trending Archive Print Email Follow Close Open
Summary Highlights Background Note Notes Correction Clarification Disclaimer Byline Dateline
I Me My Mine We Us Our Ours You Your Yours He Him His She Her Hers It Its They Them Their
Theirs This That These Those Who Whom Whose Which What Where When Why How Myself Yourself
Himself Herself Itself Ourselves Themselves Everyone Everybody Someone Somebody Anyone
Nobody Nothing Something Anything Everything None
"""

# Words that, inside or at the end of a capitalised name, mark an
# organisation rather than a person or a place.
ORGWORDS = """
Academy Administration Agency Airline Airlines Airways Alliance Army Assembly Association
Authority Band Bank Banks Battalion Board Brigade Brigades Broadcasting Bureau Cabinet Caucus
Center Centre Chamber Church Club Coalition College Command Commission Committee Commonwealth
Company Confederation Conference Congress Consortium Corp Corp. Corporation Corps Council Court
Courts Department Directorate Division Exchange Federation Firm Fleet Force Forces Forum
Foundation Front Fund Group Guard Guards Holding Holdings Hospital Inc Inc. Industries
Institute Institution Intelligence Legion League Ltd Ltd. LLC LP L.P. Magazine Media Militia Ministry
Mission Movement Navy Network News Newspaper Office Organisation Organization Panel Parliament
Partners Party Plc PLC Police Post Press Program Programme Radio Regiment
Secretariat Senate Service Services Society Squad Squadron Studio Studios Syndicate Systems
Task Team Technologies Telegraph Television Times Tribunal Trust Union University Unit Units
Watch Wing Works Agency Airport Authority Bloc Bureau Chancellery Commissariat Co Co.
Cooperative Council Daily Diet Duma Gazette Herald Journal Knesset Majlis Observer Palace
Presidium Politburo Rada Railways Review Sabha Shura Tribune Zeitung
Associates Bancorp Bancshares Banca Banco Banque Bankers Brothers Capital Chemical Chemicals
Communications Electric Electronics Energy Enterprises Foods Instruments Insurance Investment
Investments Laboratories Manufacturing Minerals Mining Motors Oil Petroleum Pharmaceutical
Pharmaceuticals Products Properties Railroad Railway Realty Resources Savings Securities
Semiconductor Shipping Software Telecom Telecommunications Trading Utilities Ventures
Cie Cie. Compagnie Gesellschaft Incorporated Limited Sociedad Societe Société GmbH S.A. N.V. A.G.
B.V. K.K. S.p.A. SpA Pty Oyj AG NV SA Lines Steel Stores AB BV Bhd Tbk Ltda SAB
Jornal TV Shimbun Industrie Bros Bros.
Diocese Archdiocese Patriarchate Synod
Jaish Jabhat Harakat Hizb Kataib Liwa Saraya Jamaat Jamaah Jemaah Tanzim Lashkar Tehreek Tehrik
Sipah Faylaq Firqat
Apparatus Battalions Constabulary Directorates Gendarmerie Inspectorate Militias Regiments Taskforce
"""

# Of the organisation words: legal forms, which end a company's name
# ("Acme Corp and Beta Inc" are two), and words of news media (a consult
# with "the Jornal do Brasil" is an interview, not diplomacy). Written as
# a second column of orgwords.txt.
LEGAL = """
Corp Corp. Inc Inc. Ltd Ltd. Plc PLC Co Co. LLC LP L.P. AG SA S.A. NV N.V. AB BV B.V.
GmbH Bhd SpA S.p.A. Pty Oyj Incorporated
"""
# Words that end sports clubs' names after a place or a name ("Leeds
# United", "Blackburn Rovers", "Tottenham Hotspur"). Only as the last word:
# "United" opens "United States" and "United Auto Workers". Written to
# orgwords.txt with the class "club".
CLUB = """
United Rovers Wanderers Athletic Albion Hotspur Rangers FC AFC
"""
# Words that end a military formation's name after its ordinal ("the 3rd
# Infantry Division", "the 155th Naval Infantry Brigade", "the 1st
# Special Forces Group"): the ordinal is the name's. Written to
# orgwords.txt with the class "unit".
UNIT = """
Army Battalion Brigade Brigades Corps Division Fleet Group Regiment Squadron Unit Wing
"""
MEDIA = """
Journal Jornal Times Post Herald Gazette Tribune Daily News Radio Television TV Broadcasting
Shimbun Zeitung Press Newspaper Magazine
"""

# Lower-case particles that may appear inside personal names.
PARTICLES = """
de da di du del della delle dei der den des dem do dos das van von la le les lo
bin ibn bint binti al el ul ud ad ag ould ben abu bou ter zu te ten y e af av arap wa
"""
# Acronyms of things, measures and roles, never an actor (as capitalised
# tokens they are no names either): GDP, LNG, AIDS, CEO, ECU...; the US
# time zones of wire timestamps and live blogs (EST, EDT, BST, CET, EAT,
# WAT, MSK, JST...; not CST, CAT, HKT, IST or SGT, initials of companies
# or ranks too), market indices and grades (FTSE, WTI), the agency's
# sign-off.
ACRONYMS = """
EST EDT PST PDT BST CET CEST EET EEST EAT WAT SAST MSK PKT WIB JST KST AEST AEDT LIFO FIFO FTSE WTI SPR
REUTER
AIDS ATM BPS CEO CEOs CFO CIF COO COVID CPI CTO DNA EBITDA ECU ECUs EEZ EPS
ETF FDI FOB GDP GMO GMT GNP GPS GST HIV ICBM IED IEDs IPO LIBOR LNG LPG NGO
NGOs PMI PPI RNA RPG SDR SDRs SUV UAV UAVs UTC VAT WMD
"""

# Of the particles: those that open a surname written alone in English
# running text ("de Klerk told", "talks with van Aartsen", "bin Laden's
# aides"). The articles and contractions (la, le, des, du, y, ...) stay
# out: lower case in running text they are French, Spanish or Italian
# phrases ("pour le Batiment", "du Pont Co"). Written as the class
# "start" in particles.txt's second column.
START = """
de da di del der den dos van von bin ibn al el abu ben ter ten
"""


def main():
    L.write_list("nonnames.txt",
                 "capitalised tokens that are never names (and acronyms of things, measures and roles, never an actor)",
                 NONNAMES.split() + ACRONYMS.split())
    legal, media, unit = set(LEGAL.split()), set(MEDIA.split()), set(UNIT.split())
    words = ORGWORDS.split()
    missing = (legal | media | unit) - set(words)
    if missing:
        sys.exit("LEGAL/MEDIA/UNIT words not in ORGWORDS: %s" % " ".join(sorted(missing)))
    club = CLUB.split()
    if set(club) & set(words):
        sys.exit("CLUB words also in ORGWORDS: %s" % " ".join(sorted(set(club) & set(words))))
    words = sorted(L.uniq(words + club), key=lambda w: (w.casefold(), w))
    L.write_tsv("orgwords.txt", ["word", "class"],
                [[w, "legal" if w in legal else "media" if w in media else "club" if w in club
                  else "unit" if w in unit else ""]
                 for w in words],
                sort=False)
    start = set(START.split())
    missing = start - set(PARTICLES.split())
    if missing:
        sys.exit("START words not in PARTICLES: %s" % " ".join(sorted(missing)))
    L.write_tsv("particles.txt", ["particle", "class"],
                [[w, "start" if w in start else ""] for w in L.uniq(PARTICLES.split())])


if __name__ == "__main__":
    main()
