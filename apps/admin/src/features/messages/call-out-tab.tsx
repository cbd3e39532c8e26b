import { Grid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMayChange } from '../../app/auth/use-session';
import { CallOutForm } from './call-out-form';
import { PastCallOuts } from './past-call-outs';

/** The form beside the call-outs already sent (one above the other on a tablet); a viewer sees those sent only. */
export function CallOutTab() {
  const { t } = useTranslation('messages');
  if (!useMayChange()) return <PastCallOuts />;
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Title order={2} size="h4" mb="xs">
          {t('callOut.title')}
        </Title>
        <CallOutForm />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <PastCallOuts />
      </Grid.Col>
    </Grid>
  );
}
