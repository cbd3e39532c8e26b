// The table's filters: a search that waits for a pause in typing, then status, shift, team and
// college. Every change goes to the address bar (see sign-ups-filters.ts).
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime, formatTime, withZone } from '../../app/ui/format';
import { activeFilterCount, SIGN_UP_STATUSES, type SignUpsFilters } from './sign-ups-filters';
import { wordFor } from '../../app/i18n/registry-words';
import type { DriveKind } from '../../generated/graphql';

interface FilterOptions {
  timeZone: string;
  /** The statuses' words follow the drive: "Joined the registry" at a registry drive. */
  driveKind?: DriveKind;
  shifts: readonly { id: string; startsAt: string; endsAt: string }[];
  teams: readonly { id: string; name: string }[];
  colleges: readonly { id: string; name: string }[];
}

interface SignUpsFiltersBarProps {
  filters: SignUpsFilters;
  options: FilterOptions;
  onChange: (next: SignUpsFilters) => void;
}

export function SignUpsFiltersBar({ filters, options, onChange }: SignUpsFiltersBarProps) {
  const { t } = useTranslation('signUps');
  const [locale] = useOrganizerLocale();
  const [typed, setTyped] = useState(filters.search ?? '');
  const searchLater = useDebouncedCallback((text: string) => onChange({ ...filters, search: text.trim() || undefined }), 300);
  const set = (key: keyof SignUpsFilters) => (value: string | null) => onChange({ ...filters, [key]: value ?? undefined });

  return (
    <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
      <TextInput
        label={t('filters.search')}
        type="search"
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={typed}
        onChange={(event) => {
          setTyped(event.currentTarget.value);
          searchLater(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') searchLater.flush();
        }}
        style={{ flex: '2 1 220px' }}
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.any')}
        clearable
        data={SIGN_UP_STATUSES.map((s) => ({ value: s, label: t(wordFor(options.driveKind, `status.${s}`)) }))}
        value={filters.status ?? null}
        onChange={set('status')}
        style={{ flex: '1 1 150px' }}
      />
      <Select
        label={options.shifts[0] ? withZone(t('filters.shift'), options.timeZone, locale, options.shifts[0].startsAt) : t('filters.shift')}
        placeholder={t('filters.any')}
        clearable
        data={options.shifts.map((s) => ({
          value: s.id,
          label: `${formatDateTime(s.startsAt, locale, options.timeZone)}–${formatTime(s.endsAt, locale, options.timeZone)}`,
        }))}
        value={filters.shiftId ?? null}
        onChange={set('shiftId')}
        style={{ flex: '1 1 200px' }}
      />
      <Select
        label={t('filters.team')}
        placeholder={t('filters.any')}
        clearable
        searchable
        nothingFoundMessage={t('filters.nothingFound')}
        data={options.teams.map((team) => ({ value: team.id, label: team.name }))}
        value={filters.teamId ?? null}
        onChange={set('teamId')}
        style={{ flex: '1 1 160px' }}
      />
      <Select
        label={t('filters.college')}
        placeholder={t('filters.any')}
        clearable
        searchable
        nothingFoundMessage={t('filters.nothingFound')}
        data={options.colleges.map((college) => ({ value: college.id, label: college.name }))}
        value={filters.collegeId ?? null}
        onChange={set('collegeId')}
        style={{ flex: '1 1 160px' }}
      />
      {activeFilterCount(filters) > 0 && (
        <Button
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() => {
            searchLater.cancel();
            setTyped('');
            onChange({});
          }}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
