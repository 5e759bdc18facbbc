/**
 * lexicon/retail-goods: English nouns for a thing sold in a shop one at a time, whose price can
 * stand before it ("the $49 charging brick", "a $99 Logitech MX Master 3 advanced mouse"): a small
 * amount in front of one of these heads is what one item costs, not a sum paid. Lower-case,
 * singular and plural, space-separated.
 *
 * Source: chosen by hand from the gadget and gift-guide pages of the money audit set (batch 3,
 * bench/gold/money-audit) and widened to the same kinds of goods; things that are sums or services
 * ("fine", "bill", "contract", "subscription") are left out on purpose. Used by
 * extract/figures/price-cues.
 */

/** "adapter adapters charger …". */
export const RETAIL_GOODS =
  'adapter adapters charger chargers brick bricks cable cables dock docks hub hubs mouse mice keyboard keyboards headphones headset headsets earbuds earphones speaker speakers router routers monitor monitors laptop laptops notebook tablet tablets phone phones smartphone smartphones smartwatch smartwatches watch watches camera cameras console consoles controller controllers drone drones thermostat thermostats tv tvs television televisions mat mats sensor sensors doorbell doorbells vacuum vacuums toaster blender gadget gadgets';
