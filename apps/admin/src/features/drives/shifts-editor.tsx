// The drive's shifts as editable rows. A shift people have signed up for keeps its times (the API
// holds the times it promised them) and cannot be removed; its capacity can still grow or shrink
// down to the places taken. A published drive keeps at least one shift.
import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DriveStatus } from '../../generated/graphql';
import { newRowKey, shiftHasSignUps, type DriveFormValues } from './drive-form-values';
import { addHoursToWallTime } from './wall-time';

const NEW_SHIFT_HOURS = 2;
const NEW_SHIFT_CAPACITY = 20;

export function ShiftsEditor({ form, status }: { form: UseFormReturnType<DriveFormValues>; status: DriveStatus | null }) {
  const { t } = useTranslation('drives');
  const { shifts, timeZone, startsAt } = form.getValues();
  const onlyShiftOfPublished = status === 'PUBLISHED' && shifts.length === 1;

  // A new shift follows the last one, or opens the drive.
  const addShift = () => {
    const start = shifts.at(-1)?.endsAt || startsAt;
    form.insertListItem('shifts', {
      key: newRowKey(),
      id: null,
      startsAt: start,
      endsAt: (start && addHoursToWallTime(start, NEW_SHIFT_HOURS, timeZone)) || '',
      capacity: NEW_SHIFT_CAPACITY,
      registeredCount: 0,
      waitlistCount: 0,
    });
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <div>
          <Text fw={600}>{t('form.shifts')}</Text>
          <Text size="xs" c="dimmed">
            {t('form.shiftsHelp', { zone: timeZone })}
          </Text>
        </div>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={addShift}>
          {t('form.addShift')}
        </Button>
      </Group>
      {shifts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.noShifts')}
        </Text>
      )}
      {shifts.map((row, index) => {
        const locked = Boolean(row.id) && shiftHasSignUps(row);
        const removable = !locked && !onlyShiftOfPublished;
        const n = index + 1;
        return (
          <Paper key={row.key} withBorder p="sm" data-testid="shift-row">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                type="datetime-local"
                label={t('form.shiftStarts', { n })}
                disabled={locked}
                style={{ flex: '1 1 190px' }}
                {...form.getInputProps(`shifts.${index}.startsAt`)}
              />
              <TextInput
                type="datetime-local"
                label={t('form.shiftEnds', { n })}
                disabled={locked}
                style={{ flex: '1 1 190px' }}
                {...form.getInputProps(`shifts.${index}.endsAt`)}
              />
              <NumberInput label={t('form.capacity', { n })} min={1} allowDecimal={false} w={150} {...form.getInputProps(`shifts.${index}.capacity`)} />
              <Stack gap={4} pt={26}>
                <Tooltip label={locked ? t('form.cannotRemove') : onlyShiftOfPublished ? t('form.cannotRemoveLast') : t('form.removeShift', { n })}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('form.removeShift', { n })}
                    disabled={!removable}
                    onClick={() => form.removeListItem('shifts', index)}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Tooltip>
              </Stack>
            </Group>
            {row.id && (
              <Group gap="xs" mt={6}>
                <Badge variant="light" color={locked ? 'blue' : 'gray'}>
                  {t('form.taken', { count: row.registeredCount })}
                </Badge>
                {row.waitlistCount > 0 && (
                  <Badge variant="light" color="orange">
                    {t('form.waiting', { count: row.waitlistCount })}
                  </Badge>
                )}
                {locked && (
                  <Text size="xs" c="dimmed">
                    {t('form.timesLocked')}
                  </Text>
                )}
              </Group>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
