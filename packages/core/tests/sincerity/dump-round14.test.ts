import { describe, expect, it } from 'vitest';
import { featureDumpCounts } from '../support/sincerity-findings.js';

describe('feature dumps: what comes with any account the sender sells, and a supplier’s terms', () => {
  it.each([
    // A lead-in that hands over what comes with an account (any account, not the reader's).
    [
      "Crestline Uniform is a regional linen supplier in Dayton.\n\nHere's what comes with a Crestline service agreement:\n\n- Weekly pickup and drop-off\n- 1,800 garment styles\n- Stain treatment at no charge\n- Spare stock held at our depot",
      4,
    ],
    [
      "Here's what's bundled into every Brewline office plan:\n\n- Two machine cleanings a month\n- Forty roasts to rotate through\n- Oat and dairy milk\n- Spare parts kept on site",
      4,
    ],
    [
      'A Peakline account gets you:\n\n• Staging and cleanup crews\n• Pallet racking on loan\n• Quarterly stock counts',
      3,
    ],
    // A plain lead-in, but every item is a supplier's service term.
    [
      'Northfield Paper is a packaging wholesaler based in Reno.\n\nHighlights:\n\n- Next-day delivery across Nevada\n- 3,000 SKUs in stock\n- Net 30 terms\n- Online ordering with live inventory',
      4,
    ],
    [
      'Harbor Seafood Supply has served Boston kitchens for 40 years.\n\n1. Saturday deliveries before 7 am\n2. 900+ SKUs, fresh and frozen\n3. Net-15 terms\n4. A dedicated account rep\n5. Same-day credits for short cases',
      5,
    ],
  ])('flags %j', (text, count) => {
    expect(featureDumpCounts(text)).toEqual([count]);
  });

  it.each([
    // Next steps for opening the account.
    'Next steps for the account:\n\n- Credit application signed by Friday\n- Resale certificate from your accountant\n- First delivery on the 12th',
    // Documents the reader brings or sends.
    'To open a Net-30 account we will need:\n\n- A copy of the business license\n- Two trade references\n- A voided check',
    'Documents to bring to the tasting on Tuesday:\n\n- The signed credit application\n- Proof of insurance\n- The resale certificate',
    // Options the reader asked for, each with its trade-off.
    'Thanks for asking how to cover Sundays.\n\nHere are the delivery options:\n\n- Saturday late drop: arrives by 9 pm, but needs walk-in space\n- Sunday delivery: a $25 surcharge, and a smaller range\n- Will-call pickup at the Oakland dock: free, though it means a drive',
    'Two ways we could handle the weekend rush:\n\n- Next-day delivery on Saturday, cut-off at noon\n- Free delivery on Monday with a larger drop\n- Online ordering that stays open through Sunday',
    // What was fixed on the reader's account.
    "Here's what we fixed on your account this morning:\n\n- Net-30 terms restored\n- Online ordering login reset\n- Next-day delivery switched back on\n- Duplicate credit removed",
    "Sorry for the mix-up last week. We've sorted it out:\n\n- Net-15 terms reinstated\n- Free delivery applied to the next three drops\n- Order tracking turned back on",
    // A packing list for an event.
    'Packing list for the food show booth:\n\n- Two tablets for online ordering demos\n- The banner and stand\n- Catalogs showing all 4,000 SKUs\n- GPS tracker for the van',
    // Features each tied to what the reader said.
    "Here's what comes with a Harvest Lane account:\n\n- Sunday deliveries, since you said brunch is your busiest service\n- Smaller case packs so your walk-in stays clear\n- A rep who knows your menu",
    // The reader's own account, not one on offer.
    "Here's what comes with your account now that it is open:\n\n- Online ordering\n- Next-day delivery\n- Net-30 terms",
    // A status notice: what changed, not what the product has.
    'Holiday service changes:\n\n- Saturday deliveries paused until January\n- Next-day delivery resumes on the 2nd\n- Online ordering moves to a new address',
    'Service update:\n\n- Salesforce sync restored\n- Dashboards back online\n- SSO working again',
    // The terms the reader agreed, confirmed back to them.
    'To confirm the terms we agreed on the call:\n\n- Net-30 terms\n- Two-day delivery to both locations\n- A dedicated account rep',
    // A handful of SKUs in a stock note is not a catalogue.
    'Quick stock note:\n\n- 3 SKUs backordered\n- 2 SKUs discontinued\n- Restock expected Thursday',
  ])('does not flag %j', (text) => {
    expect(featureDumpCounts(text)).toEqual([]);
  });
});
