// The blood service's file of verified blood types: chosen (or pasted), checked at once, shown as
// the people it will record and the rows it leaves out with why, and recorded only on a confirm,
// exactly the text that was checked. The roster reloads afterwards.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReserveImportBloodServiceTypesDocument, ReserveRosterDocument, type ReserveImportBloodServiceTypesMutation } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';

export type BloodTypeImportReport = ReserveImportBloodServiceTypesMutation['importBloodServiceTypes'];

export function useBloodServiceImport(onRecorded: (count: number) => void) {
  const { t: tc } = useTranslation('common');
  const [checked, setChecked] = useState<{ csv: string; report: BloodTypeImportReport } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importTypes, { loading }] = useMutation(ReserveImportBloodServiceTypesDocument, { refetchQueries: [ReserveRosterDocument] });

  const run = async (csv: string, dryRun: boolean) => {
    setFailure(null);
    try {
      const { data } = await importTypes({ variables: { csv, dryRun } });
      const report = data!.importBloodServiceTypes;
      if (!dryRun) return onRecorded(report.recorded);
      setChecked({ csv, report });
    } catch (error) {
      setChecked(null);
      setFailure(errorMessage(error, tc));
    }
  };

  const report = checked?.report ?? null;
  return {
    /** Checks a file as soon as it is chosen; a pasted text when asked. */
    check: (csv: string) => run(csv, true),
    confirm: () => (checked ? run(checked.csv, false) : Promise.resolve()),
    reset: () => {
      setChecked(null);
      setFailure(null);
    },
    report,
    ready: !!report && report.recorded > 0,
    checking: loading && !checked,
    recording: loading && !!checked,
    failure,
  };
}

export type BloodServiceImportState = ReturnType<typeof useBloodServiceImport>;
