/**
 * What a merge field holds, judged by its variable path. Used to tell shallow personalization
 * (name, company, title, city: the same facts a list export has) from fields that carry something
 * the sender learned about the reader, and to leave the sender's own fields (signature, address,
 * unsubscribe link) out of the count.
 */

/** A role a merge field can play, with the path pattern that identifies it and why it matters. */
export interface FieldRole {
  readonly role: 'name' | 'company' | 'firmographic' | 'sender' | 'system';
  /** Matched, without case, against the field's last path segment (and its parent for `name`). */
  readonly pattern: RegExp;
  readonly note: string;
  readonly source?: string;
}

const LAVENDER = 'EVIDENCE.md: Lavender and Boomerang — short, specific emails get more replies';

/** Field roles in the order they are tried. */
export const FIELD_ROLES: readonly FieldRole[] = Object.freeze(
  (
    [
      {
        role: 'sender',
        pattern:
          /^(?:sender|from|user|me|my|rep|owner|author|agent|signature|sig|sales_?rep|account_?owner|calendar_?link|booking_?link|meeting_?link|scheduling_?link)(?:[._]|$)|(?:^|[._])(?:signature|sender_?\w*|my_?\w+)$/iu,
        note: 'the sender’s own details: not personalization',
      },
      {
        role: 'system',
        pattern:
          /unsub|opt_?out|preference|address|postal|view_?in_?browser|web_?version|tracking|pixel|logo|^(?:current_?)?year$|^(?:send_?)?date$|^today$|^list_|^campaign/iu,
        note: 'compliance and plumbing fields: not personalization',
      },
      {
        role: 'name',
        pattern:
          /^(?:first_?name|last_?name|full_?name|given_?name|family_?name|sur_?name|name|f_?name|l_?name|nick_?name|preferred_?name|display_?name|salutation|greeting_?name|contact_?name|prospect_?name|recipient_?name|lead_?name|fname|lname)$/iu,
        note: 'the reader’s name: every list has it',
        source: LAVENDER,
      },
      {
        role: 'company',
        pattern:
          /^(?:company|company_?name|companyname|organi[sz]ation|organi[sz]ation_?name|org|org_?name|account|account_?name|business|business_?name|employer|brand|domain|website|company_?domain|company_?website)$/iu,
        note: 'the reader’s company: every list has it',
        source: LAVENDER,
      },
      {
        role: 'firmographic',
        pattern:
          /^(?:title|job_?title|jobtitle|role|position|seniority|department|industry|vertical|sector|city|state|region|country|location|time_?zone|company_?size|employees|employee_?count|headcount|revenue|funding|company_?industry|company_?city)$/iu,
        note: 'a fact from a data vendor, the same for everyone with that title or city',
        source: LAVENDER,
      },
    ] satisfies FieldRole[]
  ).map((role) => Object.freeze(role)),
);
