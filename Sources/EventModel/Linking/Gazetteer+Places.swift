extension Gazetteer {
    /// World regions and a few well-known areas, one per line: `Name|Other names|Country`
    /// (Country empty when the region spans several).
    static let regionData = """
    Central Asia|Central Asian|
    Middle East|Middle Eastern,Mideast|
    South Caucasus|Transcaucasia|
    North Caucasus|North Caucasian|Russia
    Caucasus||
    Soviet Union|USSR,Soviet,former Soviet Union|
    Europe|European|
    Eastern Europe|Eastern European|
    Western Europe|Western European|
    Asia|Asian|
    South Asia|South Asian|
    Southeast Asia|Southeast Asian,South-East Asia|
    East Asia|East Asian|
    Africa|African|
    North Africa|North African|
    West Africa|West African|
    East Africa|East African|
    Sub-Saharan Africa|Sub-Saharan African|
    Horn of Africa||
    Sahel|Sahelian|
    Latin America|Latin American|
    North America|North American|
    South America|South American|
    Central America|Central American|
    Caribbean||
    Balkans|Balkan|
    Scandinavia|Scandinavian|
    Baltic states|Baltics,Baltic|
    Persian Gulf|Gulf region|
    Levant||
    Oceania||
    Arctic||
    Eurasia|Eurasian|
    Indian Ocean||
    Fergana Valley|Ferghana Valley|
    Khorasan|Khurasan|
    Kurdistan|Kurdish|
    Jammu and Kashmir|Jammu & Kashmir|India
    Kashmir|Kashmiri|
    Crimea|Crimean|
    Donbas|Donbass|Ukraine
    Chechnya|Chechen,Chechen Republic|Russia
    Dagestan|Dagestani|Russia
    Siberia|Siberian|Russia
    Moscow Oblast|Moscow Region,Moscow region|Russia
    Xinjiang|Uyghur,Uighur|China
    Tibet|Tibetan|China
    Gorno-Badakhshan|Badakhshan|Tajikistan
    Balochistan|Baluchistan,Balochistan province|Pakistan
    Khyber Pakhtunkhwa|KP,K-P,Khyber-Pakhtunkhwa|Pakistan
    Sistan and Baluchestan|Sistan-Baluchestan,Sistan-Baluchistan,Sistan and Baluchistan,Sistan-Balochistan|Iran
    Gaza Strip|Gaza,Gazan|Palestine
    West Bank||Palestine
    Alabama||United States
    Alaska||United States
    Arizona||United States
    Arkansas||United States
    California||United States
    Colorado||United States
    Connecticut||United States
    Delaware||United States
    Florida||United States
    Hawaii||United States
    Idaho||United States
    Illinois||United States
    Indiana||United States
    Iowa||United States
    Kansas||United States
    Kentucky||United States
    Louisiana||United States
    Maine||United States
    Maryland||United States
    Massachusetts||United States
    Michigan||United States
    Minnesota||United States
    Mississippi||United States
    Missouri||United States
    Montana||United States
    Nebraska||United States
    Nevada||United States
    New Hampshire||United States
    New Jersey||United States
    New Mexico||United States
    North Carolina||United States
    North Dakota||United States
    Ohio||United States
    Oklahoma||United States
    Oregon||United States
    Pennsylvania||United States
    Rhode Island||United States
    South Carolina||United States
    South Dakota||United States
    Tennessee||United States
    Texas||United States
    Utah||United States
    Vermont||United States
    Virginia||United States
    West Virginia||United States
    Wisconsin||United States
    Wyoming||United States
    England||United Kingdom
    Scotland|Scottish|United Kingdom
    Wales|Welsh|United Kingdom
    Northern Ireland||United Kingdom
    Bavaria|Bavarian,Bayern|Germany
    Baden-Württemberg|Baden-Wuerttemberg,Baden-Wurttemberg|Germany
    Brandenburg||Germany
    Hesse|Hessen,Hessian|Germany
    Lower Saxony||Germany
    Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania|Germany
    North Rhine-Westphalia|NRW,North Rhine Westphalia|Germany
    Rhineland-Palatinate||Germany
    Saarland||Germany
    Saxony||Germany
    Saxony-Anhalt||Germany
    Schleswig-Holstein||Germany
    Thuringia|Thuringian|Germany
    Red Sea||
    Black Sea||
    Caspian Sea||
    Mediterranean Sea|Mediterranean|
    Arabian Sea||
    South China Sea||
    Baltic Sea||
    Sea of Azov||
    Sea of Japan||
    Gulf of Aden||
    Gulf of Guinea||
    Gulf of Oman||
    Gulf of Mexico||
    Bay of Bengal||
    Strait of Hormuz|Hormuz Strait|
    Bab el-Mandeb|Bab al-Mandab,Bab-el-Mandeb|
    """

    /// Major cities that are not capitals: `City|Other names|Country`.
    static let cityData = """
    Saint Petersburg|St. Petersburg,St Petersburg|Russia
    Krasnogorsk||Russia
    Novosibirsk||Russia
    Yekaterinburg||Russia
    Kazan||Russia
    Nizhny Novgorod||Russia
    Samara||Russia
    Rostov-on-Don|Rostov|Russia
    Volgograd||Russia
    Krasnodar||Russia
    Sochi||Russia
    Vladivostok||Russia
    Grozny||Russia
    Makhachkala||Russia
    Belgorod||Russia
    Bryansk||Russia
    Kursk||Russia
    Kaliningrad||Russia
    Murmansk||Russia
    Kharkiv|Kharkov|Ukraine
    Odesa|Odessa|Ukraine
    Lviv||Ukraine
    Dnipro||Ukraine
    Zaporizhzhia||Ukraine
    Mariupol||Ukraine
    Donetsk||Ukraine
    Luhansk||Ukraine
    Kherson||Ukraine
    Khujand||Tajikistan
    Kulob|Kulyab|Tajikistan
    Bokhtar||Tajikistan
    Khorog||Tajikistan
    Vahdat||Tajikistan
    Samarkand||Uzbekistan
    Bukhara||Uzbekistan
    Andijan||Uzbekistan
    Namangan||Uzbekistan
    Almaty||Kazakhstan
    Shymkent||Kazakhstan
    Karaganda||Kazakhstan
    Osh||Kyrgyzstan
    Kandahar||Afghanistan
    Herat||Afghanistan
    Mazar-i-Sharif||Afghanistan
    Jalalabad||Afghanistan
    Kunduz||Afghanistan
    Karachi||Pakistan
    Lahore||Pakistan
    Peshawar||Pakistan
    Quetta||Pakistan
    Kerman||Iran
    Mashhad||Iran
    Isfahan||Iran
    Tabriz||Iran
    Mosul||Iraq
    Basra||Iraq
    Erbil||Iraq
    Kirkuk||Iraq
    Fallujah||Iraq
    Aleppo||Syria
    Raqqa||Syria
    Idlib||Syria
    Homs||Syria
    Istanbul||Turkey
    Izmir||Turkey
    Gyumri||Armenia
    Batumi||Georgia
    Tel Aviv||Israel
    Haifa||Israel
    Alexandria||Egypt
    Jeddah||Saudi Arabia
    Mecca|Makkah|Saudi Arabia
    Medina||Saudi Arabia
    Dubai||United Arab Emirates
    Lagos||Nigeria
    Mombasa||Kenya
    Johannesburg||South Africa
    Cape Town||South Africa
    Abidjan||Côte d'Ivoire
    Mumbai|Bombay|India
    Kolkata|Calcutta|India
    Chennai||India
    Bengaluru|Bangalore|India
    Delhi||India
    Srinagar||India
    Jammu||India
    Shanghai||China
    Hong Kong||China
    Guangzhou||China
    Shenzhen||China
    Wuhan||China
    Urumqi||China
    Osaka||Japan
    New York|New York City,NYC|United States
    Los Angeles||United States
    Chicago||United States
    San Francisco||United States
    Miami||United States
    Boston||United States
    Manchester||United Kingdom
    Birmingham||United Kingdom
    Glasgow||United Kingdom
    Edinburgh||United Kingdom
    Marseille||France
    Lyon||France
    Hamburg||Germany
    Munich||Germany
    Frankfurt||Germany
    Cologne||Germany
    Barcelona||Spain
    Milan||Italy
    Naples||Italy
    Geneva||Switzerland
    Zurich||Switzerland
    Rotterdam||Netherlands
    The Hague||Netherlands
    Antwerp||Belgium
    Toronto||Canada
    Montreal||Canada
    Vancouver||Canada
    Sydney||Australia
    Melbourne||Australia
    São Paulo||Brazil
    Rio de Janeiro||Brazil
    Ho Chi Minh City|Saigon|Vietnam
    Colombo||Sri Lanka
    """
}
