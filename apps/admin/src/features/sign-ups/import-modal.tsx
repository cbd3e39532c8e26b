// Sign-ups collected on paper into the drive: choose a CSV file or paste it, a check runs first and
// lists every refused row by line and column, and only a file without problems can be imported,
// all rows at once (the API imports all or none and sends no e-mails).
import { useMutation } from '@apollo/client/react';
import { Accordion, Alert, Button, FileInput, Group, Modal, Stack, Table, Tabs, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignUpsImportDocument, type SignUpsImportMutation } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { RefusedRowsTable } from '../../app/ui/refused-rows-table';
import { importTemplate, IMPORT_COLUMNS, saveTextFile, templateFileName } from './import-template';

type Report = SignUpsImportMutation['importSignUps'];

interface ImportModalProps {
  opened: boolean;
  onClose: () => void;
  drive: { id: string; slug: string };
  /** "YYYY-MM-DD HH:mm" of the first shift on the drive's clocks, for the template's example row. */
  exampleShift: string;
}

export function ImportModal({ opened, onClose, drive, exampleShift }: ImportModalProps) {
  const { t } = useTranslation('signUps');
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="xl">
      {opened && <ImportSteps drive={drive} exampleShift={exampleShift} onClose={onClose} />}
    </Modal>
  );
}

function ImportSteps({ drive, exampleShift, onClose }: Omit<ImportModalProps, 'opened'>) {
  const { t } = useTranslation('signUps');
  const { t: tc } = useTranslation('common');
  const [source, setSource] = useState<string | null>('file');
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  // The text that was checked: importing sends exactly what the check approved.
  const [checked, setChecked] = useState<{ csv: string; report: Report } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importSignUps, { loading }] = useMutation(SignUpsImportDocument, { refetchQueries: ['SignUpsList', 'SignUpsDrive', 'SignUpsWaitlist'] });

  const run = async (csv: string, dryRun: boolean) => {
    setFailure(null);
    try {
      const { data } = await importSignUps({ variables: { driveId: drive.id, csv, dryRun } });
      const report = data!.importSignUps;
      if (!dryRun && report.refused.length === 0) {
        notifications.show({ color: 'teal', message: t('import.done', { count: report.imported }) });
        onClose();
        return;
      }
      setChecked({ csv, report });
    } catch (error) {
      setChecked(null);
      setFailure(errorMessage(error, tc));
    }
  };

  const chooseFile = async (next: File | null) => {
    setFile(next);
    setChecked(null);
    setFailure(null);
    if (next) await run(await next.text(), true);
  };

  const report = checked?.report;
  const ready = !!report && report.dryRun && report.refused.length === 0 && report.imported > 0;

  return (
    <Stack>
      <Text size="sm">{t('import.explain')}</Text>
      <Group gap="sm">
        <Button variant="light" size="xs" leftSection={<IconDownload size={14} />} onClick={() => saveTextFile(importTemplate(exampleShift), templateFileName(drive.slug))}>
          {t('import.template')}
        </Button>
      </Group>
      <Accordion variant="contained">
        <Accordion.Item value="columns">
          <Accordion.Control>{t('import.columnsTitle')}</Accordion.Control>
          <Accordion.Panel>
            <Table verticalSpacing={4} fz="sm">
              <Table.Tbody>
                {IMPORT_COLUMNS.map((c) => (
                  <Table.Tr key={c.name}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text ff="monospace" size="sm" fw={c.required ? 700 : 400}>
                        {c.name}
                      </Text>
                      {c.required && (
                        <Text size="xs" c="red">
                          {t('import.required')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`import.columnHelp.${c.name}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>

      <Tabs value={source} onChange={(next) => { setSource(next); setChecked(null); setFailure(null); }}>
        <Tabs.List>
          <Tabs.Tab value="file">{t('import.fromFile')}</Tabs.Tab>
          <Tabs.Tab value="paste">{t('import.fromPaste')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="file" pt="sm">
          <FileInput
            label={t('import.file')}
            description={t('import.fileHint')}
            placeholder={t('import.choose')}
            accept=".csv,text/csv,text/plain"
            value={file}
            onChange={(next) => void chooseFile(next)}
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            clearable
            // Mantine's clear button is an icon with no name of its own: a screen reader would say "button".
            clearButtonProps={{ 'aria-label': t('import.clearFile') }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="paste" pt="sm">
          <Stack gap="xs">
            <Textarea
              label={t('import.paste')}
              description={t('import.pasteHint')}
              autosize
              minRows={5}
              maxRows={12}
              ff="monospace"
              value={pasted}
              onChange={(event) => {
                setPasted(event.currentTarget.value);
                setChecked(null);
              }}
            />
            <Group>
              <Button variant="default" disabled={!pasted.trim()} loading={loading && !checked} onClick={() => void run(pasted, true)}>
                {t('import.check')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
      </Tabs>

      {loading && !checked && (
        <Text size="sm" role="status">
          {t('import.checking')}
        </Text>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {report && report.refused.length > 0 && <RefusedRows report={report} />}
      {ready && (
        <Alert color="teal" role="status">
          {t('import.ready', { count: report.imported })}
        </Alert>
      )}
      {report && report.refused.length === 0 && report.imported === 0 && (
        <Alert color="yellow" role="status">
          {t('import.emptyFile')}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {tc('actions.cancel')}
        </Button>
        <Button disabled={!ready} loading={loading && !!checked} onClick={() => checked && void run(checked.csv, false)}>
          {ready ? t('import.submit', { count: report.imported }) : t('import.submitUnchecked')}
        </Button>
      </Group>
    </Stack>
  );
}

function RefusedRows({ report }: { report: Report }) {
  const { t } = useTranslation('signUps');
  return (
    <Alert color="red" role="alert" title={t('import.refusedTitle', { count: report.refused.length })}>
      <Text size="sm" mb="xs">
        {t('import.refusedBody')}
      </Text>
      <RefusedRowsTable
        refused={report.refused}
        labels={{ line: t('import.line'), column: t('import.column'), problem: t('import.problem') }}
        maxHeight={260}
        testId="import-report"
      />
    </Alert>
  );
}
