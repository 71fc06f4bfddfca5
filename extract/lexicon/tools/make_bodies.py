#!/usr/bin/env python3
"""Build bodies.tsv: generic national bodies that follow a country name or
demonym ("Russian Foreign Ministry", "the Iranian parliament", "Turkish
troops"). They are matched without regard to case.

Data lines: name ; aliases ; resolves
  resolves  group   = the phrase becomes its own group node, affiliated to
                      the country ("Russian Foreign Ministry")
            media   = a group too, the country's news media ("Belgian
                      television", "Iranian state TV"): being told is
                      reporting, so a consult with one is no interaction
            country = the phrase stands for the country itself
                      ("Turkish troops", "the Iranian government")
            civil   = its own group node, like group, but not an organ of
                      the state (opposition, rebels, ruling party, Red
                      Cross societies): its acts are not the country's
            lower   = a group, matched in lower case only: a body named by
                      its kind ("a Russian court"), whose words in
                      capitals open a name of its own ("Court of Appeals")
            force   = a group, as group; and "the army", "the junta", "the
                      police" with no country, in a document that names
                      one country, is that country's (a story about one
                      country calls its forces so)
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

DATA = r"""
# --- ministries and departments (group) ---------------------------------
Foreign Ministry ; Ministry of Foreign Affairs|Foreign Affairs Ministry|Foreign Office|Ministry of External Affairs|External Affairs Ministry|Foreign Affairs Department|Department of Foreign Affairs|foreign affairs ministry|MFA ; group
Defense Ministry ; Defence Ministry|Ministry of Defense|Ministry of Defence|Ministry of National Defense|Ministry of National Defence|National Defense Ministry|Defense Department|Defence Department|Department of Defense|Department of Defence|War Ministry ; group
Interior Ministry ; Ministry of Interior|Ministry of the Interior|Home Ministry|Ministry of Home Affairs|Home Affairs Ministry|Home Office|Interior Department|Department of Home Affairs|Internal Affairs Ministry|Ministry of Internal Affairs ; group
Finance Ministry ; Ministry of Finance|Treasury|Finance Department|Treasury Department|Ministry of Economy and Finance|Department of Finance ; group
Justice Ministry ; Ministry of Justice|Justice Department|Department of Justice|Ministry of Law and Justice|Law Ministry ; group
Economy Ministry ; Ministry of Economy|Economic Ministry|Economics Ministry|Ministry of Economic Affairs|Economic Affairs Ministry|Ministry of Economic Development|Economic Development Ministry|Ministry of the Economy ; group
Trade Ministry ; Ministry of Trade|Commerce Ministry|Ministry of Commerce|Trade Department|Commerce Department|Ministry of Trade and Industry|Foreign Trade Ministry|Ministry of Foreign Trade|Department of Trade ; group
Industry Ministry ; Ministry of Industry|Industry Department|Ministry of Industry and Trade ; group
Energy Ministry ; Ministry of Energy|Energy Department|Department of Energy|Oil Ministry|Ministry of Oil|Petroleum Ministry|Ministry of Petroleum|Ministry of Energy and Mines|Mines and Energy Ministry ; group
Health Ministry ; Ministry of Health|Health Department|Department of Health|Ministry of Public Health|Public Health Ministry ; group
Education Ministry ; Ministry of Education|Education Department|Department of Education ; group
Agriculture Ministry ; Ministry of Agriculture|Agriculture Department|Department of Agriculture|Farm Ministry ; group
Labour Ministry ; Labor Ministry|Ministry of Labour|Ministry of Labor|Labor Department|Department of Labor ; group
Transport Ministry ; Ministry of Transport|Transportation Ministry|Ministry of Transportation|Transport Department|Transportation Department ; group
Environment Ministry ; Ministry of Environment|Ministry of the Environment|Environment Department ; group
Information Ministry ; Ministry of Information|Information Department ; group
Culture Ministry ; Ministry of Culture|Culture Department ; group
Communications Ministry ; Ministry of Communications|Telecommunications Ministry|Digital Ministry|Ministry of Digital Affairs ; group
Emergency Situations Ministry ; Emergencies Ministry|Ministry of Emergency Situations|Emergency Ministry|Ministry for Emergency Situations ; group
Intelligence Ministry ; Ministry of Intelligence ; group
Immigration Ministry ; Ministry of Immigration|Immigration Department|Department of Immigration ; group
Development Ministry ; Ministry of Development|Ministry for Development|Development Cooperation Ministry ; group
Religious Affairs Ministry ; Ministry of Religious Affairs|Religious Affairs Department|Ministry of Endowments|Awqaf Ministry ; group
Unification Ministry ; Ministry of Unification|Reunification Ministry ; group
# --- legislature, courts, central bank and agencies (group) -------------
Parliament ; parliament|National Assembly|Congress|legislature|lawmakers|legislators|parliamentarians|MPs|deputies ; group
Senate ; upper house|upper chamber ; group
Lower House ; lower chamber|House of Representatives|House of Deputies|Chamber of Deputies ; group
Central Bank ; National Bank|Reserve Bank|monetary authority|central bankers ; group
Supreme Court ; top court|Court of Cassation ; group
High Court ; high court ; group
# a court named by its kind ("a Russian court", "Congo's military court"):
# it sentences and charges as the state's organ, so its acts roll up; in
# capitals the words open a court's own name ("Court of Appeals")
Court ; court|courts|criminal court|military court|district court|regional court|federal court|appeals court|appeal court|court of appeal|court of appeals|special court|anti-terrorism court|anti-terror court|anti-graft court|anti-corruption court|accountability court|magistrates' court|magistrate's court|lower court|tribunal ; lower
Constitutional Court ; constitutional council ; group
Security Council ; National Security Council|security council ; group
General Staff ; General Staff of the Armed Forces|military command|high command|military leadership ; group
Intelligence Service ; intelligence services|intelligence agency|intelligence agencies|spy agency|spy agencies|secret service|secret services|security services|security service|intelligence|military intelligence ; group
Embassy ; embassy|consulate|consulate general|diplomatic mission|mission ; group
Prosecutor's Office ; prosecutors|prosecutor's office|public prosecutor's office|Prosecutor General's Office|public prosecutor|prosecution service|prosecutor general ; group
Election Commission ; electoral commission|election authority|electoral authority|Central Election Commission|electoral council|electoral tribunal|election tribunal|electoral court|election board|electoral body|poll body ; group
Ruling Party ; ruling party|governing party|ruling coalition ; civil
Opposition ; opposition|opposition parties|opposition leaders ; civil
Rebels ; rebels|insurgents|militants|separatists|guerrillas|militias|militia|fighters ; civil
State Media ; state media|state television|state TV|state news agency|state broadcaster|state-run media|state-run television|state-run TV|official news agency|state-controlled media ; media
Media ; media|television|TV|radio|newspaper|newspapers|news agency|broadcaster|public broadcaster ; media
Space Agency ; space agency ; group
Atomic Energy Agency ; atomic energy agency|atomic energy organization|nuclear agency|nuclear regulator ; group
Statistics Office ; statistics office|statistics bureau|statistical office|statistics agency|Bureau of Statistics ; group
Customs ; customs service|customs authorities|customs agency ; group
Regulator ; regulator|regulators|watchdog ; group
Red Crescent ; Red Crescent Society ; civil
Red Cross ; Red Cross Society ; civil
# --- phrases that stand for the country itself (country) ----------------
Government ; government|federal government|administration|authorities|leadership|regime|state|side|officials|official|establishment ; country
Cabinet ; cabinet|council of ministers ; country
Presidency ; presidency|president's office|presidential office|presidential administration|presidential palace|office of the president ; country
Prime Minister's Office ; prime minister's office|office of the prime minister|PMO ; country
Junta ; junta|military junta|military government|military regime|military rulers ; force
Military ; military|armed forces|army|defense forces|defence forces|ground forces|land forces|military forces ; force
Troops ; troops|forces|soldiers|servicemen|special forces|paratroopers|commandos|artillery|tanks|units|garrison ; country
Navy ; navy|naval forces|marine corps ; group
Warships ; warships|warship|fleet|submarine|submarines|marines ; country
Air Force ; air force|air forces|aerospace forces ; group
Warplanes ; warplanes|warplane|fighter jets|jets|bombers|aircraft|helicopters|drones|air defense|air defence|air defenses|air defences ; country
Missiles ; missiles|missile|rockets|rocket|shells|ballistic missiles|cruise missiles ; country
Coast Guard ; coast guard|coastguard ; group
Border Guard ; border guards|border guard|border police|border service|border forces ; group
National Guard ; national guard ; group
Police ; police|police force|riot police ; force
Security Forces ; security forces ; country
Diplomats ; diplomats|diplomat|diplomacy|diplomatic corps ; country
Delegation ; delegation|negotiators|negotiating team|envoys ; country
People ; people|public|citizens|nationals ; country
"""


def main():
    recs = L.parse_block(DATA, 3)
    rows = []
    seen = {}
    for name, aliases, resolves in recs:
        if resolves not in ("group", "force", "media", "country", "civil", "lower"):
            sys.exit("bad resolves %r" % resolves)
        name = L.clean(name)
        # A case-folded form belongs to one body. Within a body both
        # spellings stay: the reader takes a capitalised entry only
        # capitalised ("State Media") and a lower-case one in any case
        # ("state media"), so the lower-case alias is what matches
        # running text.
        vals = []
        for v in L.uniq([name] + L.bars(aliases)):
            k = v.casefold()
            if k in seen and seen[k] != name:
                sys.exit("%r listed under %r and %r" % (v, seen[k], name))
            seen[k] = name
            vals.append(v)
        rows.append([name, L.cell(vals[1:]), resolves])
    L.write_tsv("bodies.tsv", ["name", "aliases", "resolves"], rows)


if __name__ == "__main__":
    main()
