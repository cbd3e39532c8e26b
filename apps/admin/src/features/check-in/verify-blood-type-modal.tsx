// The desk records a blood type seen on a typing card or a lab result (and the card's extended
// phenotypes, if any). It then counts as verified on the reserve roster, with who and when.
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { bloodTypeLabel, PHENOTYPE_ANTIGENS } from '@life-relay/domain';
import type { BloodType } from '../../generated/graphql';
import { BLOOD_TYPES } from '../messages/message-words';
import { useVerifyBloodType, type AntigenResult } from './use-verify-blood-type';

interface VerifyBloodTypeModalProps {
  volunteer: { id: string; name: string; bloodType: BloodType | null } | null;
  onClose: () => void;
}

export function VerifyBloodTypeModal({ volunteer, onClose }: VerifyBloodTypeModalProps) {
  const { t } = useTranslation('checkIn');
  return (
    <Modal opened={!!volunteer} onClose={onClose} title={volunteer ? t('verify.title', { name: volunteer.name }) : ''} size="lg">
      {volunteer && <VerifyForm key={volunteer.id} volunteer={volunteer} onClose={onClose} />}
    </Modal>
  );
}

function VerifyForm({ volunteer, onClose }: { volunteer: NonNullable<VerifyBloodTypeModalProps['volunteer']>; onClose: () => void }) {
  const { t } = useTranslation('checkIn');
  const form = useVerifyBloodType(volunteer, (bloodType) => {
    notifications.show({ color: 'teal', message: t('verify.done', { name: volunteer.name, type: bloodTypeLabel(bloodType) }) });
    onClose();
  });
  const results: { value: AntigenResult; label: string }[] = [
    { value: '', label: t('verify.notTested') },
    { value: '+', label: t('verify.present') },
    { value: '-', label: t('verify.absent') },
  ];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
      noValidate
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('verify.hint')}
        </Text>
        <Select
          label={t('verify.bloodType')}
          required
          data={BLOOD_TYPES.map((type) => ({ value: type, label: bloodTypeLabel(type) }))}
          value={form.bloodType}
          onChange={(value) => form.setBloodType(value as BloodType | null)}
          error={form.problem === 'bloodType' ? t('verify.chooseType') : undefined}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          {PHENOTYPE_ANTIGENS.map((antigen) => (
            <Select
              key={antigen}
              label={t('verify.antigen', { antigen })}
              data={results}
              value={form.antigens[antigen] ?? ''}
              onChange={(value) => form.setAntigen(antigen, (value ?? '') as AntigenResult)}
              allowDeselect={false}
            />
          ))}
        </SimpleGrid>
        {form.problem && form.problem !== 'bloodType' && (
          <Alert color="red" role="alert">
            {form.problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('verify.cancel')}
          </Button>
          <Button type="submit" loading={form.loading}>
            {t('verify.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
