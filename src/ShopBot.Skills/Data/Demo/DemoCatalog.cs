namespace ShopBot.Skills.Data.Demo;

/// <summary>The invented brands, product kinds and words the demo catalog is built from.</summary>
internal static class DemoCatalog
{
    public static readonly string[] Colours = ["Black", "White", "Grey", "Navy", "Blue", "Red", "Green", "Olive", "Sand", "Charcoal", "Pink", "Yellow"];

    public static readonly DemoCategory[] Categories =
    [
        new("Audio", "AUD", ["Sonara", "Wavecrest", "Northbeat", "Echolane"],
            [("Wireless Headphones", 49, 299), ("Earbuds", 19, 179), ("Bluetooth Speaker", 25, 199), ("Soundbar", 89, 449), ("Turntable", 99, 399),
             ("Portable Radio", 19, 89), ("Studio Monitor", 79, 349), ("Headphone Amplifier", 49, 229), ("Smart Speaker", 39, 199), ("USB Microphone", 29, 149)],
            ["Compact", "Studio", "Travel", "Pro", "Classic", "Mini", "Bass", "Noise-Cancelling"], ["plastic", "aluminium", "wood"], false, 345),
        new("Kitchen", "KIT", ["Casa Verde", "Hearthly", "Copperleaf", "Brisk & Co"],
            [("Espresso Machine", 99, 599), ("Electric Kettle", 19, 89), ("Toaster", 19, 99), ("Blender", 29, 199), ("Chef's Knife", 15, 129),
             ("Frying Pan", 15, 89), ("Stand Mixer", 129, 499), ("Coffee Grinder", 25, 149), ("Cast Iron Casserole", 39, 199), ("Cutting Board", 9, 49)],
            ["Professional", "Everyday", "Compact", "Deluxe", "Classic", "Nordic", "Matte", "Heritage"], ["stainless steel", "cast iron", "bamboo", "ceramic"], false, 340),
        new("Home", "HOM", ["Dwell", "Softmoor", "Linden House", "Quietnest"],
            [("Throw Blanket", 19, 89), ("Scented Candle", 8, 39), ("Cushion", 12, 45), ("Table Lamp", 25, 149), ("Wall Clock", 15, 79),
             ("Picture Frame", 8, 39), ("Bath Towel Set", 19, 79), ("Duvet Cover", 25, 119), ("Storage Basket", 12, 49), ("Doormat", 12, 39)],
            ["Cosy", "Woven", "Minimal", "Rustic", "Linen", "Velvet", "Coastal", "Modern"], ["cotton", "linen", "wool", "rattan"], false, 330),
        new("Office", "OFF", ["Paperfield", "Deskwise", "Inkwell", "Ledgerline"],
            [("Fountain Pen", 15, 120), ("Desk Organiser", 12, 59), ("Monitor Stand", 19, 89), ("Stapler", 6, 29), ("Sticky Notes", 3, 12),
             ("Mechanical Pencil", 4, 25), ("Weekly Planner", 9, 29), ("Office Chair", 99, 399), ("Laptop Sleeve", 15, 59), ("Whiteboard", 19, 79)],
            ["Essential", "Executive", "Slim", "Recycled", "Classic", "Ergonomic", "Pocket", "Premium"], ["paper", "aluminium", "leather", "plastic"], false, 250),
        new("Clothing", "CLO", ["Harbourline", "Fellwear", "Cotton Row", "Northfold"],
            [("Hoodie", 29, 79), ("T-Shirt", 9, 35), ("Rain Jacket", 49, 179), ("Jeans", 29, 99), ("Wool Jumper", 39, 129),
             ("Socks (3 pack)", 6, 19), ("Beanie", 9, 29), ("Chinos", 25, 79), ("Fleece", 25, 89), ("Flannel Shirt", 19, 59)],
            ["Relaxed", "Slim", "Organic", "Heavyweight", "Lightweight", "Everyday", "Vintage", "Essential"], ["cotton", "wool", "polyester", "organic cotton"], true, 320),
        new("Outdoors", "OUT", ["Ridgeway", "Trailmark", "Summit & Pine", "Wildfarer"],
            [("Two-Person Tent", 79, 399), ("Sleeping Bag", 39, 199), ("Hiking Backpack", 39, 189), ("Camping Stove", 25, 119), ("Head Torch", 12, 59),
             ("Insulated Water Bottle", 12, 39), ("Trekking Poles", 25, 99), ("Hammock", 25, 89), ("Picnic Blanket", 15, 49), ("Cool Box", 25, 129)],
            ["Ultralight", "Expedition", "Weekend", "All-Season", "Packable", "Rugged", "Trail", "Compact"], ["nylon", "polyester", "aluminium", "steel"], false, 175),
        new("Sports", "SPT", ["Pacefield", "Corestrong", "Volta", "Kinetica"],
            [("Yoga Mat", 15, 79), ("Dumbbell Set", 29, 199), ("Running Shoes", 49, 159), ("Resistance Bands", 9, 39), ("Skipping Rope", 6, 25),
             ("Foam Roller", 12, 45), ("Gym Bag", 19, 69), ("Tennis Racket", 29, 199), ("Football", 12, 49), ("Cycling Gloves", 12, 45)],
            ["Training", "Performance", "Grip", "Pro", "Studio", "Endurance", "Lite", "Club"], ["rubber", "foam", "nylon", "leather"], false, 15),
        new("Garden", "GAR", ["Greenwick", "Bloomfield", "Potting Shed", "Hedgerow"],
            [("Watering Can", 9, 39), ("Garden Hose", 19, 79), ("Pruning Shears", 12, 49), ("Plant Pot", 6, 49), ("Bird Feeder", 9, 39),
             ("Garden Gloves", 6, 25), ("Solar Lights (pack of 6)", 15, 59), ("Herb Seed Kit", 8, 25), ("Compost Bin", 25, 89), ("Hand Trowel", 6, 25)],
            ["Heritage", "Easy-Grip", "Large", "Galvanised", "Terracotta", "Cottage", "Eco", "Deluxe"], ["steel", "terracotta", "recycled plastic", "wood"], false, 150),
        new("Toys", "TOY", ["Little Oak", "Brightbox", "Playwright", "Tumbletown"],
            [("Building Blocks", 12, 79), ("Jigsaw Puzzle", 8, 29), ("Board Game", 15, 49), ("Plush Bear", 9, 35), ("Toy Car", 6, 29),
             ("Kite", 9, 35), ("Craft Kit", 9, 29), ("Wooden Train Set", 25, 99), ("Card Game", 6, 19), ("Dolls House", 49, 149)],
            ["Rainbow", "Classic", "Junior", "Adventure", "Wooden", "Family", "Mini", "Giant"], ["wood", "cardboard", "plastic", "plush"], false, 350),
        new("Beauty", "BEA", ["Lumen", "Pure Meadow", "Silkstone", "Verity"],
            [("Face Cream", 9, 59), ("Shampoo", 5, 25), ("Hair Dryer", 25, 149), ("Electric Toothbrush", 25, 129), ("Lip Balm", 3, 12),
             ("Body Lotion", 6, 29), ("Beard Trimmer", 19, 89), ("Eau de Parfum", 29, 99), ("Hand Cream", 4, 19), ("Makeup Brush Set", 12, 49)],
            ["Gentle", "Hydrating", "Sensitive", "Daily", "Botanical", "Travel", "Sport", "Luxe"], ["glass", "plastic", "bamboo", "aluminium"], false, 350),
    ];

    public static readonly string[] FirstNames =
    [
        "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy", "Leo", "Lily", "Oscar", "Freya", "Charlie", "Grace",
        "Arthur", "Ella", "Muhammad", "Sophia", "Theo", "Evie", "Henry", "Poppy", "Alfie", "Emily", "Finley", "Ruby", "Jacob", "Chloe", "Ethan", "Zara",
        "Daniel", "Hannah", "Samuel", "Priya", "Thomas", "Aisha", "Lucas", "Maya", "Joseph", "Nora", "Adam", "Layla", "Ryan", "Erin", "Aaron", "Niamh",
        "Rhys", "Seren", "Callum", "Eilidh", "Kofi", "Amara", "Hiro", "Mei", "Mateo", "Lucia", "Tomasz", "Zofia",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright",
        "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper",
        "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson",
        "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell",
        "Shah", "Khan", "Ali", "Okafor", "Nowak", "Murphy",
    ];

    public static readonly string[] EmailDomains = ["example.com", "example.org", "example.net", "mail.example.com", "post.example.org"];

    public static readonly (string City, string Area)[] Cities =
    [
        ("London", "E"), ("London", "N"), ("London", "SE"), ("Manchester", "M"), ("Birmingham", "B"), ("Leeds", "LS"), ("Bristol", "BS"),
        ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"), ("Liverpool", "L"), ("Sheffield", "S"), ("Newcastle upon Tyne", "NE"),
        ("Nottingham", "NG"), ("Brighton", "BN"), ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"), ("Belfast", "BT"), ("Norwich", "NR"),
    ];

    public static readonly string[] Streets =
    [
        "High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue", "Victoria Street", "Queens Road", "Green Lane", "Manor Way",
        "Kings Road", "Orchard Close", "Meadow View", "Riverside", "Chapel Street", "Elm Grove", "Willow Drive", "York Road", "Castle Street",
    ];

    public static readonly string[] Carriers = ["Royal Mail", "DPD", "Evri", "DHL Parcel", "UPS"];

    public static readonly string[] ReturnReasons = ["Wrong size", "Changed my mind", "Arrived damaged", "Not as described", "Better price elsewhere", "Faulty"];

    public static readonly string[] PaymentMethods = ["card", "card", "card", "paypal", "apple_pay", "gift_card"];

    public static readonly string[] FailureReasons = ["card_declined", "insufficient_funds", "expired_card", "authentication_failed"];

    public static readonly string[] Hubs = ["Birmingham hub", "Manchester hub", "Heathrow depot", "Bristol depot", "Leeds sorting centre", "Glasgow depot"];
}
