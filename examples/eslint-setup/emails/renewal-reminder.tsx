import {
  Body,
  Button,
  Container,
  Heading,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from '../components';

export function RenewalReminder({
  firstName,
  renewalDate,
}: {
  firstName: string;
  renewalDate: string;
}) {
  return (
    <Html>
      <Preview>Your plan renews soon!!</Preview>
      <Body className="bg-white">
        <Container>
          <Heading>Hi {firstName ?? 'there'},</Heading>
          <Section>
            <Text>
              Your plan renews on {renewalDate}. Only 2 days left to lock in this year's price, so
              act now!
            </Text>
            <Button href="https://example.com/renew">RENEW NOW</Button>
          </Section>
          <Text>
            Questions? Reply to this email.{' '}
            <Link href="https://example.com/unsubscribe">Unsubscribe</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
