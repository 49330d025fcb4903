extension Gazetteer {
    /// Armed groups, international organisations, courts and news agencies that news text names
    /// under several names, one per line: `id|Name|Other names`. They link without a knowledge
    /// file, so "ISIL" and "Islamic State" are one entity. A knowledge entity with the same id or
    /// name takes an entry's place and keeps its names as aliases. Acronyms of two or three letters
    /// match only in capitals (see ``AliasMatcher``); words a sentence uses otherwise ("IS") are left out.
    /// The news agencies and broadcasters of ``organisationData``: bodies an article credits, not ones people belong to.
    static let newsAgencies: Set<String> = [
        "reuters", "associated-press", "afp", "tass", "ria-novosti", "interfax", "xinhua", "anadolu-agency", "irna", "al-jazeera",
        "bbc", "cnn", "bloomberg", "dpa", "kyodo", "yonhap", "press-trust-of-india", "asian-news-international", "ians",
    ]

    static let organisationData = """
    isis|Islamic State|ISIS,ISIL,Daesh,Islamic State of Iraq and Syria,Islamic State of Iraq and the Levant,Islamic State group
    isis-k|Islamic State Khorasan Province|ISIS-K,IS-K,ISKP,Islamic State-Khorasan Province,Islamic State Khorasan,ISIS-Khorasan,Islamic State-Khorasan,IS-Khorasan Province,IS-Khorasan,IS Khorasan Province,IS Khorasan
    iswap|Islamic State West Africa Province|ISWAP,West Africa Province,Islamic State in West Africa,Islamic State in West Africa Province,Islamic State of West Africa Province,Islamic State West Africa
    iscap|Islamic State Central Africa Province|ISCAP,Central Africa Province
    issp|Islamic State Sahel Province|ISSP,Islamic State in the Greater Sahara,ISGS,Sahel Province,Islamic State in the Great Sahara,EIGS,Islamic State in the Sahel,ISIS-Sahel,IS-Sahel,Islamic State Sahel
    al-qaeda|al-Qaeda|al Qaeda,al-Qaida,al Qaida,Al-Qa'ida
    aqap|al-Qaeda in the Arabian Peninsula|AQAP
    aqim|al-Qaeda in the Islamic Maghreb|AQIM
    al-murabitoun|al-Murabitoun|Al Mourabitoun,Al-Mourabitoun,al-Mourabitoun,Al Murabitoun
    taliban|Taliban|Afghan Taliban,Taleban
    ttp|Tehrik-i-Taliban Pakistan|TTP,Pakistani Taliban,Pakistan Taliban,Tehreek-e-Taliban Pakistan,Tehrik-e-Taliban Pakistan,Movement of the Taliban in Pakistan
    al-shabaab|Al-Shabaab|al-Shabab,Al Shabaab,Al Shabab,Shabaab,Shabab,Harakat al-Shabaab al-Mujahideen
    boko-haram|Boko Haram|
    hamas|Hamas|Islamic Resistance Movement
    hezbollah|Hezbollah|Hizbollah,Hizballah,Hizbullah
    houthis|Houthis|Houthi,Houthi movement,Ansar Allah,Ansarallah
    hts|Hayat Tahrir al-Sham|HTS,Hay'at Tahrir al-Sham
    pkk|Kurdistan Workers' Party|PKK
    wagner-group|Wagner Group|PMC Wagner,Wagner mercenary group,Wagner,Wagner PMC
    bla|Baloch Liberation Army|BLA,Balochistan Liberation Army
    jaish-al-adl|Jaish al-Adl|Jaish-al-Adl,Jaysh al-Adl,Jaish ul-Adl
    blf|Balochistan Liberation Front|BLF,Baloch Liberation Front
    lashkar-e-jhangvi|Lashkar-e-Jhangvi|LeJ
    adf|Allied Democratic Forces|ADF
    fdlr|Democratic Forces for the Liberation of Rwanda|FDLR
    al-nusra-front|al-Nusra Front|Nusra Front,Jabhat al-Nusra
    kataib-hezbollah|Kataib Hezbollah|Kata'ib Hezbollah
    popular-mobilization-forces|Popular Mobilization Forces|PMF,Popular Mobilisation Forces,Hashd al-Shaabi
    polisario-front|Polisario Front|Polisario
    abu-sayyaf|Abu Sayyaf|Abu Sayyaf Group
    eln|National Liberation Army|ELN
    jaish-e-mohammed|Jaish-e-Mohammed|Jaish-e-Muhammad,Jaish-e-Mohammad,JeM
    lashkar-e-taiba|Lashkar-e-Taiba|Lashkar-e-Toiba,LeT
    palestinian-islamic-jihad|Palestinian Islamic Jihad|PIJ,Islamic Jihad
    jnim|Jama'at Nusrat al-Islam wal-Muslimin|JNIM,Group for the Support of Islam and Muslims,Jamaat Nusrat al-Islam wal-Muslimin
    imu|Islamic Movement of Uzbekistan|IMU
    hizb-ut-tahrir|Hizb ut-Tahrir|
    sdf|Syrian Democratic Forces|SDF
    ypg|People's Protection Units|YPG
    rsf|Rapid Support Forces|RSF
    m23|M23|March 23 Movement
    farc|FARC|Revolutionary Armed Forces of Colombia
    united-nations|United Nations|UN,U.N.
    un-security-council|United Nations Security Council|UN Security Council,UNSC,U.N. Security Council
    un-general-assembly|United Nations General Assembly|UN General Assembly,UNGA
    unhcr|UN Refugee Agency|UNHCR,United Nations High Commissioner for Refugees
    unicef|UNICEF|United Nations Children's Fund
    world-health-organization|World Health Organization|WHO,World Health Organisation
    iaea|International Atomic Energy Agency|IAEA
    international-criminal-court|International Criminal Court|ICC
    international-court-of-justice|International Court of Justice|ICJ,World Court
    european-court-of-human-rights|European Court of Human Rights|ECHR
    nato|NATO|North Atlantic Treaty Organization,North Atlantic Treaty Organisation,Nato
    european-union|European Union|EU
    european-commission|European Commission|
    council-of-europe|Council of Europe|
    osce|Organization for Security and Co-operation in Europe|OSCE,Organisation for Security and Co-operation in Europe
    csto|Collective Security Treaty Organization|CSTO,Collective Security Treaty Organisation
    sco|Shanghai Cooperation Organisation|SCO,Shanghai Cooperation Organization
    cis|Commonwealth of Independent States|CIS
    eurasian-economic-union|Eurasian Economic Union|EAEU,EEU
    asean|Association of Southeast Asian Nations|ASEAN
    african-union|African Union|AU
    ecowas|Economic Community of West African States|ECOWAS,Ecowas,CEDEAO
    sadc|Southern African Development Community|SADC
    east-african-community|East African Community|EAC
    igad|Intergovernmental Authority on Development|IGAD
    oas|Organization of American States|OAS,Organisation of American States
    arab-league|Arab League|League of Arab States
    gcc|Gulf Cooperation Council|GCC
    oic|Organisation of Islamic Cooperation|OIC,Organization of Islamic Cooperation
    opec|OPEC|Organization of the Petroleum Exporting Countries
    g7|G7|Group of Seven,G-7
    g20|G20|Group of Twenty,G-20
    brics|BRICS|
    imf|International Monetary Fund|IMF
    world-bank|World Bank|
    interpol|Interpol|International Criminal Police Organization
    icrc|International Committee of the Red Cross|ICRC,Red Cross
    amnesty-international|Amnesty International|
    human-rights-watch|Human Rights Watch|HRW
    armed-conflict-location-and-event-data|Armed Conflict Location and Event Data|ACLED,Armed Conflict Location & Event Data,Armed Conflict Location and Event Data Project,Armed Conflict Location & Event Data Project
    syrian-observatory-for-human-rights|Syrian Observatory for Human Rights|SOHR
    site-intelligence-group|SITE Intelligence Group|
    international-crisis-group|International Crisis Group|Crisis Group
    msf|Doctors Without Borders|MSF,Médecins Sans Frontières
    reuters|Reuters|Thomson Reuters
    associated-press|Associated Press|AP
    afp|Agence France-Presse|AFP,Agence France Presse
    tass|TASS|Tass news agency
    ria-novosti|RIA Novosti|
    interfax|Interfax|
    xinhua|Xinhua|Xinhua News Agency
    anadolu-agency|Anadolu Agency|Anadolu
    irna|IRNA|Islamic Republic News Agency
    al-jazeera|Al Jazeera|Al-Jazeera,Aljazeera
    bbc|BBC|British Broadcasting Corporation
    cnn|CNN|
    bloomberg|Bloomberg|Bloomberg News
    dpa|Deutsche Presse-Agentur|DPA
    kyodo|Kyodo News|Kyodo
    yonhap|Yonhap|Yonhap News Agency
    press-trust-of-india|Press Trust of India|PTI
    asian-news-international|Asian News International|ANI
    ians|Indo-Asian News Service|IANS
    amaq|Amaq News Agency|Amaq
    white-house|White House|
    fbi|Federal Bureau of Investigation|FBI
    cia|Central Intelligence Agency|CIA
    secret-service|United States Secret Service|Secret Service,U.S. Secret Service,US Secret Service
    fsb|Federal Security Service|FSB
    gru|GRU|Main Intelligence Directorate
    sbu|Security Service of Ukraine|SBU
    irgc|Islamic Revolutionary Guard Corps|IRGC,Revolutionary Guards,Revolutionary Guard Corps,Islamic Revolutionary Guards Corps,Revolutionary Guards Corps,Revolutionary Guard
    mossad|Mossad|
    mi5|MI5|Security Service of the United Kingdom
    mi6|MI6|Secret Intelligence Service
    isi|Inter-Services Intelligence|ISI
    kremlin|Kremlin|
    pentagon|Pentagon|US Department of Defense,U.S. Department of Defense
    us-state-department|US State Department|U.S. State Department,State Department
    us-department-of-homeland-security|Department of Homeland Security|DHS,US Department of Homeland Security,U.S. Department of Homeland Security,Homeland Security Department
    us-department-of-justice|Department of Justice|DOJ,US Department of Justice,U.S. Department of Justice,Justice Department
    ice|Immigration and Customs Enforcement|ICE,U.S. Immigration and Customs Enforcement,US Immigration and Customs Enforcement
    """

    /// The armed groups among the built-in organisations: the lines before the first international body.
    static let armedGroupIDs: Set<String> = Set(
        organisationData.split(separator: "\n").prefix { !$0.hasPrefix("united-nations|") }.compactMap { $0.split(separator: "|").first.map(String.init) })
}
