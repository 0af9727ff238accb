/**
 * Place names that make "City, XX" recognisable as a location: US states and Canadian provinces
 * (codes and names), Australian states, and countries in English and their own languages.
 */

export const REGION_CODES = new Set([
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
  "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
  "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
  // Canada
  "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
  // Australia
  "NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT",
]);

export const REGION_NAMES = new Set(
  [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
    "ontario", "quebec", "québec", "british columbia", "alberta", "manitoba", "nova scotia", "saskatchewan",
    "bavaria", "bayern", "baden-württemberg", "nordrhein-westfalen", "hessen", "sachsen", "île-de-france",
    "catalonia", "cataluña", "andalucía", "england", "scotland", "wales", "northern ireland",
    // India's largest states, as often printed after the city as a US state is
    "andhra pradesh", "telangana", "karnataka", "tamil nadu", "kerala", "maharashtra", "gujarat", "rajasthan",
    "uttar pradesh", "west bengal", "haryana", "punjab", "madhya pradesh", "odisha", "bihar",
  ],
);

export const COUNTRIES = new Set(
  [
    "usa", "u.s.a.", "us", "u.s.", "united states", "united states of america", "america", "uk", "u.k.",
    "united kingdom", "great britain", "canada", "mexico", "méxico", "brazil", "brasil", "argentina", "chile",
    "colombia", "peru", "perú", "germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse",
    "svizzera", "france", "belgium", "belgique", "belgië", "netherlands", "nederland", "the netherlands", "luxembourg",
    "spain", "españa", "portugal", "italy", "italia", "ireland", "denmark", "danmark", "sweden", "sverige", "norway",
    "norge", "finland", "suomi", "iceland", "poland", "polska", "czech republic", "czechia", "slovakia", "hungary",
    "romania", "bulgaria", "greece", "turkey", "türkiye", "ukraine", "russia", "israel", "egypt", "nigeria", "kenya",
    "south africa", "morocco", "uae", "united arab emirates", "saudi arabia", "qatar", "india", "pakistan",
    "bangladesh", "sri lanka", "nepal", "china", "prc", "hong kong", "taiwan", "japan", "south korea", "korea",
    "singapore", "malaysia", "indonesia", "philippines", "vietnam", "viet nam", "thailand", "australia",
    "new zealand", "estonia", "latvia", "lithuania", "serbia", "croatia", "slovenia", "iran", "iraq",
    "中国", "中华人民共和国", "日本", "台湾", "香港", "新加坡", "美国", "英国", "德国", "法国", "加拿大", "澳大利亚",
    "россия", "российская федерация", "беларусь", "украина", "україна", "казахстан",
  ],
);

/**
 * Large cities that appear alone as a job's place ("Tierarzt-Praxis Dr. Hauser, Berlin"), where no
 * region or country follows to give them away.
 */
export const CITIES = new Set(
  [
    // North America
    "new york", "nyc", "los angeles", "san francisco", "seattle", "boston", "chicago", "austin", "denver", "atlanta",
    "miami", "dallas", "houston", "washington", "philadelphia", "san diego", "san jose", "portland", "phoenix",
    "minneapolis", "detroit", "pittsburgh", "toronto", "vancouver", "montreal", "montréal", "ottawa", "calgary",
    "mexico city", "ciudad de méxico", "guadalajara", "monterrey", "palo alto", "mountain view", "menlo park",
    "cupertino", "sunnyvale", "redmond", "cambridge",
    // Europe
    "london", "manchester", "edinburgh", "dublin", "paris", "lyon", "marseille", "toulouse", "berlin", "munich",
    "münchen", "hamburg", "frankfurt", "köln", "cologne", "stuttgart", "düsseldorf", "leipzig", "dresden", "vienna",
    "wien", "zurich", "zürich", "geneva", "genève", "basel", "bern", "amsterdam", "rotterdam", "the hague",
    "brussels", "bruxelles", "antwerp", "luxembourg", "madrid", "barcelona", "valencia", "sevilla", "lisbon",
    "lisboa", "porto", "rome", "roma", "milan", "milano", "turin", "torino", "copenhagen", "københavn", "stockholm",
    "oslo", "helsinki", "reykjavik", "warsaw", "warszawa", "kraków", "krakow", "prague", "praha", "budapest",
    "bucharest", "sofia", "athens", "istanbul", "ankara", "kyiv", "kiev", "moscow", "tallinn", "riga", "vilnius",
    "belgrade", "zagreb", "ljubljana", "wrocław", "wroclaw", "gdańsk", "gdansk", "poznań", "poznan", "łódź", "lodz",
    "utrecht", "eindhoven", "saint petersburg", "st. petersburg", "minsk", "almaty",
    "москва", "санкт-петербург", "петербург", "новосибирск", "екатеринбург", "казань", "нижний новгород",
    "минск", "киев", "київ", "харків", "харьков", "львів", "львов", "алматы", "астана",
    // Asia, Oceania, Africa, South America
    "tokyo", "東京", "osaka", "kyoto", "yokohama", "seoul", "busan", "beijing", "北京", "shanghai", "上海",
    "shenzhen", "深圳", "guangzhou", "广州", "hangzhou", "杭州", "chengdu", "成都", "nanjing", "南京", "wuhan", "武汉",
    "xi'an", "西安", "hong kong", "香港", "taipei", "台北", "singapore", "新加坡", "kuala lumpur", "jakarta", "bangkok",
    "manila", "hanoi", "ho chi minh city", "bangalore", "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad",
    "chennai", "pune", "kolkata", "gurgaon", "gurugram", "noida", "karachi", "lahore", "dhaka", "dubai", "abu dhabi",
    "doha", "riyadh", "tel aviv", "jerusalem", "cairo", "lagos", "nairobi", "cape town", "johannesburg", "sydney",
    "melbourne", "brisbane", "perth", "auckland", "wellington", "são paulo", "sao paulo", "rio de janeiro",
    "buenos aires", "santiago", "bogotá", "bogota", "lima", "medellín",
  ],
);

/** Words that never end a city ("Senior Engineer, CA" is not a place). */
export const NOT_CITY = /\b(?:engineer|developer|manager|university|college|inc|llc|ltd|corp|company|street|st\.|avenue|road|skills?)\b/i;

/** "Remote", "Hybrid", "Home office" stand in for a work location. */
export const REMOTE = /^(?:remote|hybrid|on-?site|home office|homeoffice|télétravail|remoto|teletrabajo|distanciel)$/i;
