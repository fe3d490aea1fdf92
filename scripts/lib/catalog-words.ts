// The words the demo catalogue is made of. Each category has kinds of product, each kind the modifiers
// that fit its name and the features that fit its description; leads and closings are per category.
// `{name}` (brand, modifier, noun), `{model}` (without the brand), `{kind}` ("smart watch", "pair of boots"),
// `{is}` (is or are), `{brand}` and `{color}` are filled in (scripts/lib/catalog.ts).

export interface Kind {
  noun: string;
  /** Words that can precede the noun in a name ("Merino" T-Shirt). */
  modifiers: string[];
  /** Clauses for the description; two are picked. */
  features: string[];
  tags: string[];
  /** A plural noun, named in sentences as a pair or set of it ("a pair of wool socks"). */
  unit?: 'pair' | 'set';
  /** Sold as a download (no shipping). */
  digital?: boolean;
}

export interface CategoryWords {
  kinds: Kind[];
  /** Opening sentences. */
  leads: string[];
  /** Closing sentences. */
  closings: string[];
  colors: string[];
  /** Price range in cents. */
  price: [number, number];
}

export const CATEGORIES: Record<string, CategoryWords> = {
  electronics: {
    kinds: [
      { noun: 'Wireless Earbuds', unit: 'pair', modifiers: ['Noise-Cancelling', 'Sport', 'Compact', 'Studio'], features: ['active noise cancelling that quiets trains and open offices', 'up to 28 hours of playback with the charging case', 'sweat-resistant tips in three sizes', 'a transparency mode for hearing announcements'], tags: ['audio', 'wireless', 'bluetooth'] },
      { noun: 'Bluetooth Speaker', modifiers: ['Waterproof', 'Portable', 'Pocket', 'Party'], features: ['360-degree sound with a passive bass radiator', 'an IP67 rating, so it survives a drop in the pool', 'twelve hours of playback on a charge', 'pairing two speakers for stereo'], tags: ['audio', 'wireless', 'outdoor'] },
      { noun: 'Power Bank', modifiers: ['Slim', '20000mAh', 'Magnetic', 'Fast-Charge'], features: ['enough charge for three phone top-ups', 'USB-C power delivery up to 45 W', 'a display showing the charge left', 'charging two devices at once'], tags: ['charging', 'travel', 'usb-c'] },
      { noun: 'Smart Watch', modifiers: ['Fitness', 'Classic', 'Outdoor', 'Everyday'], features: ['heart-rate and sleep tracking', 'built-in GPS for runs without the phone', 'a week of battery life', 'notifications and contactless payments at the wrist'], tags: ['wearable', 'fitness', 'smart'] },
      { noun: 'USB-C Charger', modifiers: ['65W GaN', 'Dual-Port', 'Travel', 'Compact'], features: ['one plug for a laptop, a phone and earbuds', 'gallium nitride parts that keep it small and cool', 'folding prongs for the bag', 'protection against overheating and surges'], tags: ['charging', 'usb-c', 'travel'] },
      { noun: 'Action Camera', modifiers: ['4K', 'Waterproof', 'Mini', 'Helmet'], features: ['4K video at 60 frames per second', 'stabilisation that smooths out bike trails', 'waterproof to ten metres without a case', 'a front screen for framing yourself'], tags: ['camera', 'video', 'outdoor'] },
    ],
    leads: ['The {name} {is} for people who would rather not think about their gear.', '{brand} built the {model} around one idea: it should just work.', 'Meet the {name}, a {kind} that fits into a busy day.', 'A {color} {kind} from {brand}, made for daily use.'],
    closings: ['Comes with a USB-C cable and a two-year warranty.', 'Firmware updates arrive over the air.', 'Ships in recycled, plastic-free packaging.', 'Backed by a 30-day no-questions return.'],
    colors: ['black', 'graphite', 'white', 'navy', 'sage green', 'silver'],
    price: [1999, 29999],
  },
  computers: {
    kinds: [
      { noun: 'Mechanical Keyboard', modifiers: ['Low-Profile', 'Tenkeyless', 'Wireless', 'Hot-Swap'], features: ['tactile switches with a quiet, crisp feel', 'hot-swappable sockets for changing switches without soldering', 'per-key backlighting', 'Bluetooth for three devices plus a USB-C cable'], tags: ['keyboard', 'office', 'typing'] },
      { noun: 'Ergonomic Mouse', modifiers: ['Vertical', 'Wireless', 'Silent', 'Travel'], features: ['a handshake grip that eases strain on the wrist', 'silent clicks for shared rooms', 'a sensor that tracks on glass', 'months of use on one charge'], tags: ['mouse', 'office', 'ergonomic'] },
      { noun: '4K Monitor', modifiers: ['27-Inch', 'USB-C', 'Color-Accurate', 'Slim'], features: ['a 27-inch IPS panel covering 98% of DCI-P3', 'one USB-C cable for picture, data and 90 W of power', 'a stand that tilts, swivels and pivots', 'flicker-free backlighting for long days'], tags: ['monitor', 'display', 'office'] },
      { noun: 'Laptop Stand', modifiers: ['Aluminium', 'Foldable', 'Adjustable', 'Minimal'], features: ['six heights that bring the screen to eye level', 'solid aluminium that draws heat away from the laptop', 'folding flat into a sleeve', 'silicone pads that keep it from sliding'], tags: ['laptop', 'desk', 'ergonomic'] },
      { noun: 'Laptop Sleeve', modifiers: ['Padded', 'Felt', 'Water-Resistant', 'Leather'], features: ['a padded lining that protects corners from knocks', 'a front pocket for the charger', 'a water-resistant shell for rainy commutes', 'sizes for 13- to 16-inch laptops'], tags: ['laptop', 'bag', 'travel'] },
      { noun: 'USB-C Dock', modifiers: ['Dual-Display', '11-in-1', 'Travel', 'Thunderbolt'], features: ['two external displays from one port', 'gigabit ethernet, SD card and audio', '100 W pass-through charging', 'a braided cable that stays put'], tags: ['usb-c', 'desk', 'laptop'] },
    ],
    leads: ['The {name} make{s} a desk feel finished.', 'A {kind} from {brand}, for people who spend the day at a computer.', 'The {name}: fewer cables, less clutter, more focus.', 'Built for long working days, the {name} is a {color} {kind} that stays out of the way.'],
    closings: ['Works with Windows, macOS and Linux without drivers.', 'Covered by a three-year warranty.', 'Ships with everything needed to set it up.', 'Tested for ten thousand hours before it left the factory.'],
    colors: ['space grey', 'black', 'silver', 'white', 'charcoal'],
    price: [1499, 49999],
  },
  apparel: {
    kinds: [
      { noun: 'T-Shirt', modifiers: ['Merino', 'Organic Cotton', 'Pocket', 'Heavyweight'], features: ['merino wool that stays fresh for days of travel', 'organic cotton jersey, pre-washed so it keeps its size', 'flat seams that do not rub under a backpack', 'a relaxed fit that holds its shape'], tags: ['clothing', 'cotton', 'basics'] },
      { noun: 'Rain Jacket', modifiers: ['Packable', 'Waterproof', 'Lightweight', 'City'], features: ['a waterproof, breathable shell with taped seams', 'packing into its own pocket', 'an adjustable hood that turns with your head', 'pit zips to let heat out on climbs'], tags: ['jacket', 'waterproof', 'outdoor'] },
      { noun: 'Hoodie', modifiers: ['Fleece', 'Zip', 'Organic', 'Oversized'], features: ['brushed fleece that is soft from the first wear', 'a double-layer hood', 'ribbed cuffs that stay put', 'a kangaroo pocket big enough for a phone and keys'], tags: ['clothing', 'cotton', 'cozy'] },
      { noun: 'Chinos', unit: 'pair', modifiers: ['Slim', 'Stretch', 'Relaxed', 'Travel'], features: ['cotton twill with a little stretch for cycling', 'a gusseted crotch for easy movement', 'a hidden zip pocket for valuables', 'a wrinkle-resistant finish'], tags: ['trousers', 'cotton', 'office'] },
      { noun: 'Wool Socks', unit: 'pair', modifiers: ['Hiking', 'Everyday', 'Cushioned', 'Ankle'], features: ['merino wool that keeps feet dry and warm', 'a cushioned sole for long days on foot', 'a seamless toe', 'reinforced heels that outlast cotton socks'], tags: ['socks', 'wool', 'hiking'] },
      { noun: 'Down Vest', modifiers: ['Packable', 'Quilted', 'Recycled', 'Lightweight'], features: ['responsibly sourced down that packs small', 'a water-repellent finish', 'two zip hand pockets', 'a recycled nylon shell'], tags: ['vest', 'outdoor', 'warm'] },
    ],
    leads: ['The {name} {is} what you reach for first.', 'A {color} {kind} from {brand}, made to be worn often and washed often.', 'Simple, well made and comfortable: the {name}.', '{brand} cut the {model} for everyday wear, from the commute to the weekend.'],
    closings: ['Machine washable at 30 degrees.', 'Made in a factory audited for fair working conditions.', 'Free size exchanges within 60 days.', 'Mended for free if a seam ever gives.'],
    colors: ['navy', 'oatmeal', 'forest green', 'black', 'rust', 'heather grey', 'sky blue'],
    price: [999, 19999],
  },
  footwear: {
    kinds: [
      { noun: 'Trail Running Shoes', unit: 'pair', modifiers: ['Grip', 'Lightweight', 'Waterproof', 'Cushioned'], features: ['lugged outsoles that grip wet rock and loose gravel', 'a rock plate that protects against sharp stones', 'a breathable mesh upper that drains quickly', 'responsive foam for long descents'], tags: ['shoes', 'running', 'trail'] },
      { noun: 'Leather Boots', unit: 'pair', modifiers: ['Chelsea', 'Lace-Up', 'Chukka', 'Work'], features: ['full-grain leather that softens with wear', 'a Goodyear-welted sole that can be replaced', 'a cushioned cork footbed', 'a grippy rubber sole for icy pavements'], tags: ['boots', 'leather', 'winter'] },
      { noun: 'Canvas Sneakers', unit: 'pair', modifiers: ['Low-Top', 'High-Top', 'Classic', 'Organic'], features: ['organic cotton canvas', 'a natural rubber sole', 'a removable insole', 'a shape that goes with almost anything'], tags: ['shoes', 'casual', 'canvas'] },
      { noun: 'Sandals', unit: 'pair', modifiers: ['Hiking', 'Slide', 'Strappy', 'Cork'], features: ['adjustable straps for a secure fit', 'a contoured footbed that supports the arch', 'a quick-drying design for rivers and beaches', 'a durable rubber outsole'], tags: ['sandals', 'summer', 'walking'] },
      { noun: 'Walking Shoes', unit: 'pair', modifiers: ['Everyday', 'Waterproof', 'Wide', 'Travel'], features: ['a roomy toe box', 'a waterproof membrane for wet cities', 'shock-absorbing heels for long days on pavement', 'laces that stay tied'], tags: ['shoes', 'walking', 'travel'] },
    ],
    leads: ['The {name} {is} made to be worn in, not broken in.', 'A {color} pair from {brand}, built for miles.', 'Comfortable out of the box: the {name}.', '{brand} made the {model} for people who walk everywhere.'],
    closings: ['Half sizes from 36 to 47.', 'Resoling is available through our repair service.', 'Free returns on unworn pairs.', 'Each pair is checked by hand before it ships.'],
    colors: ['tan', 'black', 'olive', 'stone', 'brown', 'slate blue'],
    price: [2999, 24999],
  },
  home: {
    kinds: [
      { noun: 'Ceramic Mug', modifiers: ['Stoneware', 'Speckled', 'Handmade', 'Large'], features: ['a glaze that is safe in the dishwasher and microwave', 'a handle with room for three fingers', 'stoneware that keeps coffee hot longer', 'small variations in each piece from the kiln'], tags: ['kitchen', 'coffee', 'ceramic'] },
      { noun: 'Linen Throw', modifiers: ['Stonewashed', 'Waffle', 'Striped', 'Heavy'], features: ['stonewashed linen that gets softer with each wash', 'a generous size that covers a three-seat sofa', 'fringed edges', 'flax grown without irrigation'], tags: ['textiles', 'living room', 'cozy'] },
      { noun: 'Desk Lamp', modifiers: ['LED', 'Adjustable', 'Brass', 'Architect'], features: ['dimmable LED light with adjustable warmth', 'an arm that holds its position', 'a weighted base that does not tip', 'a USB port for charging a phone'], tags: ['lighting', 'desk', 'decor'] },
      { noun: 'Scented Candle', modifiers: ['Cedar', 'Fig', 'Sea Salt', 'Lavender'], features: ['a soy wax blend that burns cleanly for 50 hours', 'a cotton wick that does not smoke', 'a reusable glass jar', 'fragrance free of phthalates'], tags: ['candle', 'decor', 'cozy'] },
      { noun: 'Wall Clock', modifiers: ['Silent', 'Oak', 'Minimal', 'Station'], features: ['a silent sweep movement without ticking', 'a solid oak frame', 'numerals that are easy to read across a room', 'one AA battery for a year'], tags: ['clock', 'decor', 'living room'] },
      { noun: 'Storage Basket', modifiers: ['Seagrass', 'Woven', 'Felt', 'Lidded'], features: ['hand-woven seagrass', 'sturdy handles for carrying laundry', 'a size that fits standard shelves', 'folding flat when not in use'], tags: ['storage', 'decor', 'natural'] },
    ],
    leads: ['The {name} bring{s} a little calm to a room.', 'A {color} {kind} from {brand}, made to be used every day.', 'Small things make a home, and the {name} {is} proof.', '{brand} designed the {model} to look good and work hard.'],
    closings: ['Packed without plastic.', 'Designed in Copenhagen, made in Portugal.', 'A thoughtful gift: it ships in a gift box on request.', 'Wipe clean with a damp cloth.'],
    colors: ['sand', 'charcoal', 'terracotta', 'white', 'moss', 'dusty pink'],
    price: [899, 14999],
  },
  kitchen: {
    kinds: [
      { noun: 'Chef Knife', modifiers: ['8-Inch', 'Damascus', 'Japanese', 'Forged'], features: ['a high-carbon steel blade honed to a 15-degree edge', 'a full tang for balance', 'a handle that stays secure when wet', 'an edge that holds through months of daily use'], tags: ['knife', 'cooking', 'kitchen'] },
      { noun: 'Cast Iron Skillet', modifiers: ['10-Inch', 'Pre-Seasoned', 'Deep', 'Lightweight'], features: ['pre-seasoned with flaxseed oil, ready to cook', 'even heat for searing steak', 'oven-safe to 260 degrees', 'a helper handle for lifting when full'], tags: ['cookware', 'cooking', 'cast iron'] },
      { noun: 'Pour-Over Coffee Maker', modifiers: ['Glass', 'Ceramic', 'Double-Wall', 'Travel'], features: ['a spiral ridge that lets coffee bloom and drain evenly', 'heat-resistant borosilicate glass', 'a reusable stainless steel filter', 'markings for one to four cups'], tags: ['coffee', 'brewing', 'kitchen'] },
      { noun: 'Cutting Board', modifiers: ['Walnut', 'End-Grain', 'Bamboo', 'Reversible'], features: ['end-grain wood that is gentle on knife edges', 'a juice groove around the edge', 'rubber feet that keep it still', 'a reversible design for serving'], tags: ['wood', 'cooking', 'kitchen'] },
      { noun: 'Dutch Oven', modifiers: ['Enamelled', '5-Quart', 'Oval', 'Cast Iron'], features: ['enamelled cast iron for braises and bread', 'a tight lid that keeps moisture in', 'safe on induction, gas and in the oven', 'a light interior that shows browning'], tags: ['cookware', 'baking', 'cast iron'] },
      { noun: 'Spice Grinder', modifiers: ['Electric', 'Manual', 'Burr', 'Mortar'], features: ['stainless steel burrs for an even grind', 'a dial from coarse to fine', 'a removable bowl that is easy to clean', 'enough capacity for a week of cooking'], tags: ['spices', 'cooking', 'kitchen'] },
    ],
    leads: ['The {name} {is} a tool you will use every day.', 'Cooks asked {brand} for a {kind} that lasts: this is it.', 'A {color} {kind} that belongs on the counter, not in a drawer.', 'The {name}: good cooking starts with good tools.'],
    closings: ['Dishwasher safe, though hand washing keeps it new longer.', 'Covered by a lifetime warranty.', 'Includes a care guide from our test kitchen.', 'Tested in restaurant kitchens for a year.'],
    colors: ['black', 'walnut', 'cream', 'cobalt', 'steel'],
    price: [1299, 19999],
  },
  sports: {
    kinds: [
      { noun: 'Yoga Mat', modifiers: ['Non-Slip', 'Travel', 'Cork', 'Thick'], features: ['a natural rubber base that grips the floor', 'a surface that stays grippy when sweaty', 'alignment lines for poses', 'a carry strap'], tags: ['yoga', 'fitness', 'mat'] },
      { noun: 'Adjustable Dumbbells', unit: 'pair', modifiers: ['Quick-Change', 'Compact', '25kg', 'Home'], features: ['weights from 2.5 to 25 kg with one dial', 'the footprint of a single pair', 'a tray that keeps the plates tidy', 'knurled handles for a secure grip'], tags: ['strength', 'gym', 'home workout'] },
      { noun: 'Water Bottle', modifiers: ['Insulated', 'Squeeze', 'Wide-Mouth', 'Glass'], features: ['double-wall insulation that keeps water cold for 24 hours', 'a leak-proof lid', 'a wide mouth that fits ice cubes', 'no BPA, no plastic taste'], tags: ['hydration', 'gym', 'travel'] },
      { noun: 'Resistance Bands', unit: 'set', modifiers: ['Fabric', 'Loop', 'Heavy', 'Travel'], features: ['five levels of resistance, colour-coded', 'fabric that does not roll up or pinch', 'a mesh bag for the gym bag', 'an exercise guide with thirty moves'], tags: ['strength', 'home workout', 'mobility'] },
      { noun: 'Jump Rope', modifiers: ['Speed', 'Weighted', 'Adjustable', 'Beaded'], features: ['ball bearings for smooth, fast turns', 'a cable that adjusts to your height', 'foam grips that stay dry', 'weighted handles for upper-body work'], tags: ['cardio', 'fitness', 'gym'] },
      { noun: 'Foam Roller', modifiers: ['Textured', 'Firm', 'Vibrating', 'Travel'], features: ['a textured surface for deep tissue release', 'a firm core that does not sag', 'a length that fits the back', 'a guide to mobility routines'], tags: ['recovery', 'mobility', 'fitness'] },
    ],
    leads: ['The {name} make{s} training at home easy to start and hard to quit.', 'A {color} {kind} from {brand} for every kind of workout.', 'Built for training, tested by coaches: the {name}.', 'The {name} {is} small, tough and always ready.'],
    closings: ['Includes access to twelve guided workouts.', 'Covered by a two-year warranty.', 'Made without latex.', 'Tested for ten thousand repetitions.'],
    colors: ['black', 'teal', 'coral', 'lilac', 'graphite', 'lime'],
    price: [999, 34999],
  },
  outdoors: {
    kinds: [
      { noun: 'Hiking Backpack', modifiers: ['30L', 'Ultralight', 'Day', 'Trekking'], features: ['a ventilated back panel that keeps you cool on climbs', 'a hip belt that carries the weight', 'a rain cover in the bottom pocket', 'side pockets for two water bottles'], tags: ['backpack', 'hiking', 'travel'] },
      { noun: 'Camping Tent', modifiers: ['2-Person', 'Ultralight', 'Four-Season', 'Family'], features: ['a freestanding frame that pitches in five minutes', 'two doors and two porches', 'a rainfly rated to 3000 mm', 'a packed weight under two kilograms'], tags: ['tent', 'camping', 'shelter'] },
      { noun: 'Headlamp', modifiers: ['Rechargeable', '400-Lumen', 'Trail', 'Compact'], features: ['400 lumens with a red night mode', 'a USB-C rechargeable battery', 'a beam that tilts with one hand', 'water resistance for storms'], tags: ['lighting', 'camping', 'running'] },
      { noun: 'Sleeping Bag', modifiers: ['Down', 'Three-Season', 'Mummy', 'Synthetic'], features: ['a comfort rating down to minus five degrees', 'insulation that stays warm when damp', 'a draft collar around the shoulders', 'a compression sack'], tags: ['sleeping', 'camping', 'warm'] },
      { noun: 'Camping Stove', modifiers: ['Compact', 'Windproof', 'Titanium', 'Two-Burner'], features: ['boiling a litre of water in three minutes', 'a regulator that works in the cold', 'folding pot supports', 'a piezo igniter'], tags: ['cooking', 'camping', 'backpacking'] },
      { noun: 'Trekking Poles', unit: 'pair', modifiers: ['Carbon', 'Folding', 'Aluminium', 'Trail'], features: ['carbon shafts that weigh under 250 grams a pole', 'cork grips that wick sweat', 'quick locks for changing length', 'tips for rock, snow and mud'], tags: ['hiking', 'trekking', 'trail'] },
    ],
    leads: ['The {name} {has} been up mountains, so you know {it} work{s}.', 'A {kind} from {brand}, for weekends that start at the trailhead.', 'Light, tough and simple: the {name}.', '{brand} tested the {model} on a thousand kilometres of trail.'],
    closings: ['Repairs are free for the first two years.', 'Made with recycled fabrics where possible.', 'Includes a stuff sack.', 'Backed by a lifetime guarantee against defects.'],
    colors: ['orange', 'forest green', 'sand', 'blue', 'charcoal', 'red'],
    price: [1999, 39999],
  },
  beauty: {
    kinds: [
      { noun: 'Face Serum', modifiers: ['Vitamin C', 'Hyaluronic', 'Niacinamide', 'Retinol'], features: ['a lightweight texture that absorbs in seconds', 'hyaluronic acid for lasting hydration', 'a formula without fragrance for sensitive skin', 'an airless pump that keeps it fresh'], tags: ['skincare', 'face', 'serum'] },
      { noun: 'Shampoo Bar', modifiers: ['Rosemary', 'Oat', 'Citrus', 'Tea Tree'], features: ['as many washes as two bottles of shampoo', 'no plastic packaging', 'mild surfactants that suit colour-treated hair', 'essential oils for a fresh scent'], tags: ['hair', 'zero waste', 'natural'] },
      { noun: 'Hand Cream', modifiers: ['Shea', 'Almond', 'Unscented', 'Travel'], features: ['shea butter for dry, working hands', 'a non-greasy finish', 'a tube sized for a coat pocket', 'ingredients that are 98% natural'], tags: ['skincare', 'hands', 'natural'] },
      { noun: 'Lip Balm', modifiers: ['Tinted', 'Beeswax', 'Vegan', 'SPF 15'], features: ['sun protection with SPF 15', 'a sheer tint', 'a compostable paper tube', 'candelilla wax instead of beeswax'], tags: ['lips', 'skincare', 'vegan'] },
      { noun: 'Face Cleanser', modifiers: ['Gentle', 'Foaming', 'Oil', 'Clay'], features: ['a gentle formula that does not strip the skin', 'removing sunscreen and make-up', 'a pH that matches healthy skin', 'a refillable bottle'], tags: ['skincare', 'face', 'cleanser'] },
    ],
    leads: ['The {name} keep{s} a routine short and effective.', 'Formulated by {brand} with dermatologists, the {model} {is} gentle enough for every day.', 'A {kind} that does what it says: the {name}.', 'Simple ingredients, carefully chosen: the {name} from {brand}.'],
    closings: ['Never tested on animals.', 'Made in small batches.', 'Packaging is recyclable or refillable.', 'Suitable for vegans.'],
    colors: ['amber', 'clear', 'rose', 'sage', 'white'],
    price: [499, 5999],
  },
  books: {
    kinds: [
      { noun: 'Cookbook', modifiers: ['Weeknight', 'Plant-Based', 'Baking', 'Mediterranean'], features: ['over a hundred recipes tested in home kitchens', 'photographs for every dish', 'shopping lists for the week', 'menus for when friends come over'], tags: ['cooking', 'recipes', 'reading'] },
      { noun: 'Field Guide', modifiers: ['Birds', 'Wildflowers', 'Mushrooms', 'Trees'], features: ['illustrations of more than three hundred species', 'range maps and seasonal notes', 'a water-resistant cover for the field', 'a key for identifying what you find'], tags: ['nature', 'guide', 'reading'] },
      { noun: 'Design Handbook', modifiers: ['Typography', 'Interface', 'Colour', 'Layout'], features: ['principles explained with real examples', 'exercises at the end of each chapter', 'a foreword by a working designer', 'case studies from studios and startups'], tags: ['design', 'guide', 'reading'] },
      { noun: 'E-Book Bundle', modifiers: ['Productivity', 'Travel', 'Photography', 'Writing'], features: ['five books in EPUB and PDF', 'lifetime access to updated editions', 'a reading order for beginners', 'downloads right after purchase'], tags: ['ebook', 'digital', 'reading'], digital: true },
      { noun: 'Travel Journal', modifiers: ['Dotted', 'Pocket', 'Linen', 'Illustrated'], features: ['dotted pages that take ink without bleeding', 'a lay-flat binding', 'a ribbon marker and an elastic band', 'pockets for tickets and receipts'], tags: ['journal', 'travel', 'stationery'] },
    ],
    leads: ['The {name} earn{s} {its} place on the shelf.', 'A {kind} from {brand} that readers keep coming back to.', 'Well written and beautifully made: the {name}.', 'The {name} {is} the book to give, and to keep.'],
    closings: ['Printed on FSC-certified paper.', 'Signed copies while they last.', 'Free shipping on orders of two or more books.', 'Part of the proceeds go to literacy charities.'],
    colors: ['cream', 'navy', 'ochre', 'green', 'black'],
    price: [799, 4999],
  },
};

export const BRANDS = [
  'Northwind', 'Acme', 'Bluepeak', 'Cedar & Co', 'Driftwood', 'Evergreen', 'Fjord', 'Granite', 'Harbor', 'Ironbark',
  'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Oakline', 'Pinecrest', 'Quartz', 'Redwood', 'Summit',
  'Tidewater', 'Umber', 'Vantage', 'Willow', 'Xeno', 'Yarrow', 'Zephyr', 'Alder', 'Birch', 'Coral',
];
