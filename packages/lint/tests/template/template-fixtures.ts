/** Realistic templates of every syntax, shared by the position tests. */
import type { TemplateSyntax } from '../../src/template/ast.js';

export interface TemplateFixture {
  name: string;
  syntax: TemplateSyntax;
  text: string;
}

export const templateFixtures: readonly TemplateFixture[] = [
  {
    name: 'plain text follow-up',
    syntax: 'text',
    text: 'Hi Maria,\n\nThanks for walking me through the onboarding plan on Tuesday.\nThe checklist you shared is already in use.\n\nWould a 20-minute check-in next week help? 📅\n\nBest,\nSam\n\nP.S. The recording is here: https://example.com/rec',
  },
  {
    name: 'text with CRLF and BOM',
    syntax: 'text',
    text: '\uFEFFHello Dana,\r\n\r\nIt was good to hear the pilot went well 🎉.\r\n\r\nCheers, Sam\r\n',
  },
  {
    name: 'markdown with a code fence',
    syntax: 'markdown',
    text: '---\nsubject: Your API key rotation\nkind: transactional\n---\nHi Lee,\n\nHere is the command:\n\n```sh\nsincerely rotate --key\n\nmore\n```\n\nThanks,\nOps',
  },
  {
    name: 'handlebars follow-up',
    syntax: 'handlebars',
    text: '---\nsubject: "Following up, {{firstName}}"\npreheader: Notes from our call\nkind: follow-up\n---\n{{!-- sincerely-disable-next-line no-shouting --}}\nHi {{#if firstName}}{{firstName}}{{else}}there{{/if}},\n\nThanks for the time on {{default meetingDay "Tuesday"}}. {{{signatureHtml}}}\n{{> footer}}\n\nCould we pick a time at {{& bookingUrl}}?\n\nBest,\n{{sender.name}}',
  },
  {
    name: 'handlebars with HTML',
    syntax: 'handlebars',
    text: '<p>Hi {{firstName}},</p>\r\n<p>Your order &amp; receipt are below &#8217;cause you asked.</p>\r\n<p><a href="{{receiptUrl}}">View the receipt</a></p>\r\n<p>Thanks,<br>The team</p>',
  },
  {
    name: 'liquid nurture',
    syntax: 'liquid',
    text: "---\nsubject: 'It''s been a while, {{ contact.first_name }}'\nkind: nurture\n---\nHi {{ contact.first_name | default: \"there\" }},\n\n{% comment %}sincerely-disable max-words{% endcomment %}\n{% if contact.company %}How is everything at {{ contact.company }}?{% else %}How are things?{% endif %}\n\n{% raw %}{{ not a field }}{% endraw %}\n\nWarm regards,\n{{ sender.name }}",
  },
  {
    name: 'html newsletter',
    syntax: 'html',
    text: '<!DOCTYPE html>\n<html><head><title>March notes &amp; news</title><style>td { font-size: 16px; }</style><script>var x = "<p>no</p>";</script></head>\n<body>\n<div class="preheader" style="display:none;max-height:0;overflow:hidden">A short note from Sam&nbsp;&zwnj;</div>\n<table><tr><td><img src="logo.png" alt="Acme &amp; Co"></td></tr>\n<tr><td style="font-size:0"><div style="font-size:16px"><p>Hello {{ contact.first_name | default: "friend" }},</p>\n<p>Here&#8217;s what changed this month &mdash; 3 fixes 🚀.</p>\n<p>Questions? <a href="https://example.com/help?a=1&amp;b=2">Reply here</a>.</p>\n<!-- sincerely-disable-next-line no-buzzwords -->\n<p>Warmly,<br>\n  Sam</p></div></td></tr></table>\n</body></html>',
  },
  {
    name: 'html with handlebars blocks around elements',
    syntax: 'html',
    text: '<body>{{#if firstName}}<p>Hi {{firstName}},</p>{{else}}<p>Hi there,</p>{{/if}}\n<p>Thanks for signing up.</p><p>Best,<br>Sam</p></body>',
  },
];
