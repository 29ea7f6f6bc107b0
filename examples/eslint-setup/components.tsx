/**
 * Stand-ins for the React Email components this example uses (`@react-email/components` has the
 * same names), so the example needs no React install: the linter reads the JSX, it never renders it.
 */
type Props = {
  children?: unknown;
  className?: string;
  href?: string;
  style?: Record<string, string>;
};

const element = (tag: string) => (props: Props) => ({ tag, props });

export const Html = element('html');
export const Body = element('body');
export const Container = element('div');
export const Section = element('table');
export const Preview = element('div');
export const Heading = element('h1');
export const Text = element('p');
export const Button = element('a');
export const Link = element('a');
