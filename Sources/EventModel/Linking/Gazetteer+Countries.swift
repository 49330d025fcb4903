extension Gazetteer {
    /// Every sovereign country (UN members, the two observers, Taiwan and Kosovo), one per line:
    ///
    ///     Name|Official name|Other names|Demonyms and adjectives|Capital and its other spellings
    ///
    /// Lists are comma-separated; `~` in the official name stands for "Republic of <Name>".
    /// A capital spelled like its country (Monaco, Singapore) or like a common word is left out.
    static let countryData = """
    Afghanistan|Islamic Emirate of Afghanistan|Islamic Republic of Afghanistan|Afghan|Kabul
    Albania|~||Albanian|Tirana
    Algeria|People's Democratic Republic of Algeria||Algerian|Algiers
    Andorra|Principality of Andorra||Andorran|Andorra la Vella
    Angola|~||Angolan|Luanda
    Antigua and Barbuda|||Antiguan,Barbudan|St. John's
    Argentina|Argentine Republic||Argentine,Argentinian|Buenos Aires
    Armenia|~||Armenian|Yerevan
    Australia|Commonwealth of Australia||Australian|Canberra
    Austria|~||Austrian|Vienna
    Azerbaijan|~||Azerbaijani,Azeri|Baku
    Bahamas|Commonwealth of The Bahamas|The Bahamas|Bahamian|Nassau
    Bahrain|Kingdom of Bahrain||Bahraini|Manama
    Bangladesh|People's Republic of Bangladesh||Bangladeshi|Dhaka
    Barbados|||Barbadian,Bajan|Bridgetown
    Belarus|~|Byelorussia|Belarusian,Belarusan,Belorussian|Minsk
    Belgium|Kingdom of Belgium||Belgian|Brussels
    Belize|||Belizean|Belmopan
    Benin|~||Beninese|Porto-Novo
    Bhutan|Kingdom of Bhutan||Bhutanese|Thimphu
    Bolivia|Plurinational State of Bolivia||Bolivian|Sucre
    Bosnia and Herzegovina||Bosnia,Bosnia-Herzegovina|Bosnian|Sarajevo
    Botswana|~||Motswana,Batswana|Gaborone
    Brazil|Federative Republic of Brazil||Brazilian|Brasília
    Brunei|Brunei Darussalam||Bruneian|Bandar Seri Begawan
    Bulgaria|~||Bulgarian|Sofia
    Burkina Faso|||Burkinabe|Ouagadougou
    Burundi|~||Burundian|Gitega
    Cabo Verde|Republic of Cabo Verde|Cape Verde|Cape Verdean,Cabo Verdean|Praia
    Cambodia|Kingdom of Cambodia||Cambodian|Phnom Penh
    Cameroon|~||Cameroonian|Yaoundé
    Canada|||Canadian|Ottawa
    Central African Republic||CAR|Central African|Bangui
    Chad|~||Chadian|N'Djamena
    Chile|~||Chilean|Santiago
    China|People's Republic of China|PRC,Mainland China|Chinese|Beijing
    Colombia|~||Colombian|Bogotá
    Comoros|Union of the Comoros||Comorian|Moroni
    Republic of the Congo||Congo-Brazzaville,Congo Republic||Brazzaville
    DR Congo|Democratic Republic of the Congo|DRC,Congo-Kinshasa,Democratic Republic of Congo,Congo|Congolese|Kinshasa
    Costa Rica|~||Costa Rican|San José
    Côte d'Ivoire|Republic of Côte d'Ivoire|Ivory Coast|Ivorian|Yamoussoukro
    Croatia|~||Croatian,Croat|Zagreb
    Cuba|~||Cuban|Havana
    Cyprus|~||Cypriot|Nicosia
    Czechia|Czech Republic||Czech|Prague
    Denmark|Kingdom of Denmark||Danish,Dane|Copenhagen
    Djibouti|~||Djiboutian|
    Dominica|Commonwealth of Dominica|||Roseau
    Dominican Republic|||Dominican|Santo Domingo
    Ecuador|~||Ecuadorian|Quito
    Egypt|Arab Republic of Egypt||Egyptian|Cairo
    El Salvador|~||Salvadoran,Salvadorean|San Salvador
    Equatorial Guinea|~||Equatoguinean,Equatorial Guinean|Malabo
    Eritrea|State of Eritrea||Eritrean|Asmara
    Estonia|~||Estonian|Tallinn
    Eswatini|Kingdom of Eswatini|Swaziland|Swazi|Mbabane
    Ethiopia|Federal Democratic Republic of Ethiopia||Ethiopian|Addis Ababa
    Fiji|~||Fijian|Suva
    Finland|~||Finnish,Finn|Helsinki
    France|French Republic||French|Paris
    Gabon|Gabonese Republic||Gabonese|Libreville
    Gambia|Republic of The Gambia|The Gambia|Gambian|Banjul
    Georgia|||Georgian|Tbilisi
    Germany|Federal Republic of Germany||German|Berlin
    Ghana|~||Ghanaian|Accra
    Greece|Hellenic Republic||Greek|Athens
    Grenada|||Grenadian|St. George's
    Guatemala|~||Guatemalan|Guatemala City
    Guinea|~||Guinean|Conakry
    Guinea-Bissau|~||Bissau-Guinean|Bissau
    Guyana|Co-operative Republic of Guyana||Guyanese|Georgetown
    Haiti|~||Haitian|Port-au-Prince
    Honduras|~||Honduran|Tegucigalpa
    Hungary|||Hungarian|Budapest
    Iceland|||Icelandic,Icelander|Reykjavík
    India|Republic of India|Bharat|Indian|New Delhi
    Indonesia|~||Indonesian|Jakarta
    Iran|Islamic Republic of Iran|Persia|Iranian|Tehran
    Iraq|~||Iraqi|Baghdad
    Ireland|||Irish|Dublin
    Israel|State of Israel||Israeli|Jerusalem
    Italy|Italian Republic||Italian|Rome
    Jamaica|||Jamaican|Kingston
    Japan|||Japanese|Tokyo
    Jordan|Hashemite Kingdom of Jordan||Jordanian|Amman
    Kazakhstan|~|Kazakstan|Kazakh,Kazakhstani,Kazak|Astana
    Kenya|~||Kenyan|Nairobi
    Kiribati|~||I-Kiribati|Tarawa
    North Korea|Democratic People's Republic of Korea|DPRK|North Korean|Pyongyang
    South Korea|Republic of Korea|ROK|South Korean|Seoul
    Kuwait|State of Kuwait||Kuwaiti|Kuwait City
    Kyrgyzstan|Kyrgyz Republic|Kirghizia,Kyrgyzia|Kyrgyz,Kyrgyzstani,Kirghiz|Bishkek
    Laos|Lao People's Democratic Republic|Lao PDR|Laotian|Vientiane
    Latvia|~||Latvian|Riga
    Lebanon|Lebanese Republic||Lebanese|Beirut
    Lesotho|Kingdom of Lesotho||Basotho,Mosotho|Maseru
    Liberia|~||Liberian|Monrovia
    Libya|State of Libya||Libyan|Tripoli
    Liechtenstein|Principality of Liechtenstein||Liechtensteiner|Vaduz
    Lithuania|~||Lithuanian|Vilnius
    Luxembourg|Grand Duchy of Luxembourg||Luxembourgish,Luxembourger|
    Madagascar|~||Malagasy|Antananarivo
    Malawi|~||Malawian|Lilongwe
    Malaysia|||Malaysian|Kuala Lumpur
    Maldives|~|The Maldives|Maldivian|
    Mali|~||Malian|Bamako
    Malta|~||Maltese|Valletta
    Marshall Islands|Republic of the Marshall Islands||Marshallese|Majuro
    Mauritania|Islamic Republic of Mauritania||Mauritanian|Nouakchott
    Mauritius|~||Mauritian|Port Louis
    Mexico|United Mexican States||Mexican|Mexico City
    Micronesia|Federated States of Micronesia||Micronesian|Palikir
    Moldova|Republic of Moldova||Moldovan|Chișinău
    Monaco|Principality of Monaco||Monegasque|
    Mongolia|||Mongolian|Ulaanbaatar
    Montenegro|||Montenegrin|Podgorica
    Morocco|Kingdom of Morocco||Moroccan|Rabat
    Mozambique|~||Mozambican|Maputo
    Myanmar|Republic of the Union of Myanmar|Burma|Burmese|Naypyidaw
    Namibia|~||Namibian|Windhoek
    Nauru|~||Nauruan|Yaren
    Nepal|Federal Democratic Republic of Nepal||Nepali,Nepalese|Kathmandu
    Netherlands|Kingdom of the Netherlands|The Netherlands,Holland|Dutch|Amsterdam
    New Zealand|||New Zealander|Wellington
    Nicaragua|~||Nicaraguan|Managua
    Niger|~||Nigerien|Niamey
    Nigeria|Federal Republic of Nigeria||Nigerian|Abuja
    North Macedonia|Republic of North Macedonia|Macedonia|Macedonian|Skopje
    Norway|Kingdom of Norway||Norwegian|Oslo
    Oman|Sultanate of Oman||Omani|Muscat
    Pakistan|Islamic Republic of Pakistan||Pakistani|Islamabad
    Palau|~||Palauan|Ngerulmud
    Panama|~||Panamanian|Panama City
    Papua New Guinea|Independent State of Papua New Guinea|PNG|Papua New Guinean|Port Moresby
    Paraguay|~||Paraguayan|Asunción
    Peru|~||Peruvian|Lima
    Philippines|Republic of the Philippines|The Philippines|Filipino,Philippine|Manila
    Poland|~||Polish,Pole|Warsaw
    Portugal|Portuguese Republic||Portuguese|Lisbon
    Qatar|State of Qatar||Qatari|Doha
    Romania|||Romanian|Bucharest
    Russia|Russian Federation||Russian|Moscow
    Rwanda|~||Rwandan|Kigali
    Saint Kitts and Nevis|Federation of Saint Kitts and Nevis|St Kitts and Nevis,St. Kitts and Nevis|Kittitian,Nevisian|Basseterre
    Saint Lucia||St Lucia,St. Lucia|Saint Lucian|Castries
    Saint Vincent and the Grenadines||St Vincent and the Grenadines,St. Vincent and the Grenadines|Vincentian|Kingstown
    Samoa|Independent State of Samoa||Samoan|Apia
    San Marino|Republic of San Marino||Sammarinese|
    São Tomé and Príncipe|Democratic Republic of São Tomé and Príncipe||Santomean|São Tomé
    Saudi Arabia|Kingdom of Saudi Arabia|KSA|Saudi,Saudi Arabian|Riyadh
    Senegal|~||Senegalese|Dakar
    Serbia|~||Serbian,Serb|Belgrade
    Seychelles|~||Seychellois|
    Sierra Leone|~||Sierra Leonean|Freetown
    Singapore|~||Singaporean|
    Slovakia|Slovak Republic||Slovak,Slovakian|Bratislava
    Slovenia|~||Slovenian,Slovene|Ljubljana
    Solomon Islands|||Solomon Islander|Honiara
    Somalia|Federal Republic of Somalia||Somali|Mogadishu
    South Africa|~||South African|Pretoria
    South Sudan|~||South Sudanese|Juba
    Spain|Kingdom of Spain||Spanish,Spaniard|Madrid
    Sri Lanka|Democratic Socialist Republic of Sri Lanka||Sri Lankan|Sri Jayawardenepura Kotte
    Sudan|~|The Sudan|Sudanese|Khartoum
    Suriname|~||Surinamese|Paramaribo
    Sweden|Kingdom of Sweden||Swedish,Swede|Stockholm
    Switzerland|Swiss Confederation||Swiss|Bern
    Syria|Syrian Arab Republic||Syrian|Damascus
    Tajikistan|~|Tadjikistan|Tajik,Tajikistani,Tadjik|Dushanbe
    Tanzania|United Republic of Tanzania||Tanzanian|Dodoma
    Thailand|Kingdom of Thailand|Siam|Thai|Bangkok
    Timor-Leste|Democratic Republic of Timor-Leste|East Timor|Timorese|Dili
    Togo|Togolese Republic||Togolese|Lomé
    Tonga|Kingdom of Tonga||Tongan|Nuku'alofa
    Trinidad and Tobago|Republic of Trinidad and Tobago||Trinidadian,Tobagonian|Port of Spain
    Tunisia|Tunisian Republic||Tunisian|Tunis
    Turkey|Republic of Türkiye|Türkiye|Turkish|Ankara
    Turkmenistan|||Turkmen,Turkmenistani|Ashgabat
    Tuvalu|||Tuvaluan|Funafuti
    Uganda|~||Ugandan|Kampala
    Ukraine|||Ukrainian|Kyiv,Kiev
    United Arab Emirates||UAE,U.A.E.|Emirati|Abu Dhabi
    United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK,U.K.,Britain,Great Britain|British,Briton|London
    United States|United States of America|US,U.S.,USA,U.S.A.,America|American|Washington
    Uruguay|Oriental Republic of Uruguay||Uruguayan|Montevideo
    Uzbekistan|~||Uzbek,Uzbekistani|Tashkent
    Vanuatu|~||Ni-Vanuatu|Port Vila
    Venezuela|Bolivarian Republic of Venezuela||Venezuelan|Caracas
    Vietnam|Socialist Republic of Vietnam|Viet Nam|Vietnamese|Hanoi
    Yemen|Republic of Yemen||Yemeni|Sanaa
    Zambia|~||Zambian|Lusaka
    Zimbabwe|~||Zimbabwean|Harare
    Vatican City|Holy See|Vatican,Vatican City State||
    Palestine|State of Palestine|Palestinian territories|Palestinian|Ramallah
    Taiwan|Republic of China|Chinese Taipei|Taiwanese|Taipei
    Kosovo|Republic of Kosovo||Kosovar,Kosovan|Pristina
    """
}
