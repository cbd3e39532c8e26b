// Organizers: the blood service's file of verified blood types (e-mail or phone, ABO/RhD,
// optional phenotypes and donation date). Checked as soon as it is chosen: who it will record as
// verified, and every row it leaves out with why; recorded on a confirm.
import { Alert, Button, FileInput, Group, Modal, ScrollArea, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bloodTypeLabel } from '@life-relay/domain';
import { RefusedRowsTable } from '../../app/ui/refused-rows-table';
import { useBloodServiceImport, type BloodServiceImportState } from './use-blood-service-import';

export function BloodServiceImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('reserve');
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="xl">
      {opened && <ImportSteps onClose={onClose} />}
    </Modal>
  );
}

function ImportSteps({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('reserve');
  const { t: tc } = useTranslation('common');
  const importer = useBloodServiceImport((count) => {
    notifications.show({ color: 'teal', message: t('import.done', { count }) });
    onClose();
  });
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const { report } = importer;

  return (
    <Stack>
      <Text size="sm">{t('import.explain')}</Text>
      <FileInput
        label={t('import.file')}
        placeholder={t('import.choose')}
        accept=".csv,text/csv,text/plain"
        value={file}
        onChange={async (next) => {
          setFile(next);
          importer.reset();
          if (next) await importer.check(await next.text());
        }}
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        clearable
        // Mantine's clear button is an icon with no name of its own: a screen reader would say "button".
        clearButtonProps={{ 'aria-label': t('import.clearFile') }}
      />
      <Textarea label={t('import.paste')} autosize minRows={3} maxRows={10} ff="monospace" value={pasted} onChange={(e) => { setPasted(e.currentTarget.value); importer.reset(); }} />
      <Group>
        <Button variant="default" disabled={!pasted.trim()} loading={importer.checking} onClick={() => void importer.check(pasted)}>
          {t('import.check')}
        </Button>
      </Group>
      {importer.failure && (
        <Alert color="red" role="alert">
          {importer.failure}
        </Alert>
      )}
      {report && <ImportPreview importer={importer} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {tc('actions.cancel')}
        </Button>
        <Button disabled={!importer.ready} loading={importer.recording} onClick={() => void importer.confirm()}>
          {importer.ready ? t('import.submit', { count: report!.recorded }) : t('import.submitUnchecked')}
        </Button>
      </Group>
    </Stack>
  );
}

function ImportPreview({ importer }: { importer: BloodServiceImportState }) {
  const { t } = useTranslation('reserve');
  const report = importer.report!;
  return (
    <Stack gap="sm">
      {report.rows.length > 0 ? (
        <Alert color="teal" title={t('import.toRecord', { count: report.recorded })}>
          <ScrollArea.Autosize mah={220}>
            <Table data-testid="import-rows" verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('import.line')}</Table.Th>
                  <Table.Th>{t('columns.name')}</Table.Th>
                  <Table.Th>{t('columns.bloodType')}</Table.Th>
                  <Table.Th>{t('columns.lastDonation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rows.map((row) => (
                  <Table.Tr key={row.line}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td>{[bloodTypeLabel(row.bloodType), ...row.phenotypes].join(' ')}</Table.Td>
                    <Table.Td>{row.donatedOn ?? t('never')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Alert>
      ) : (
        <Alert color="yellow" role="status">
          {t('import.nothing')}
        </Alert>
      )}
      {report.refused.length > 0 && (
        <Alert color="red" title={t('import.refusedTitle', { count: report.refused.length })}>
          <Text size="sm" mb="xs">
            {t('import.refusedBody')}
          </Text>
          <RefusedRowsTable
            refused={report.refused}
            labels={{ line: t('import.line'), column: t('import.column'), problem: t('import.problem') }}
            maxHeight={220}
            testId="import-refused"
          />
        </Alert>
      )}
    </Stack>
  );
}
