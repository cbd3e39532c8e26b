// The reserve roster page's state: the filters and the sort kept in the address, the rows, the CSV
// export of exactly what is filtered (asked for only on a click: the server audits every export)
// and the availability notes an organizer edits on a row.
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'wouter';
import { ReserveRosterCsvDocument, ReserveRosterDocument, ReserveSetAvailabilityNotesDocument } from '../../generated/graphql';
import { saveTextFile } from '../sign-ups/import-template';
import { filtersFromParams, isFiltered, paramsFromFilters, rosterFileName, toRosterFilter, type ReserveFilters } from './reserve-filters';

export function useReserveRoster() {
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const filter = useMemo(() => toRosterFilter(filters), [filters]);
  const change = useCallback(
    (changes: Partial<ReserveFilters>) => setParams(paramsFromFilters({ ...filtersFromParams(params), ...changes }), { replace: true }),
    [params, setParams],
  );

  const roster = useQuery(ReserveRosterDocument, { variables: { filter }, notifyOnNetworkStatusChange: true });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const { data } = await client.query({ query: ReserveRosterCsvDocument, variables: { filter }, fetchPolicy: 'network-only' });
      if (data) saveTextFile(data.reserveRosterCsv.csv, rosterFileName(new Date()));
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };

  const [saveNotes, { loading: savingNotes }] = useMutation(ReserveSetAvailabilityNotesDocument);
  /** Saves the notes (the row updates in the cache); null once saved, else what went wrong. */
  const setAvailabilityNotes = async (volunteerId: string, notes: string): Promise<unknown> => {
    try {
      await saveNotes({ variables: { volunteerId, notes: notes.trim() || null } });
      return null;
    } catch (error) {
      return error;
    }
  };

  return {
    filters,
    change,
    clearFilters: () => setParams(paramsFromFilters({ ...filters, bloodTypes: [], verifiedOnly: false, optedInOnly: false, regionCode: null }), { replace: true }),
    filtered: isFiltered(filters),
    rows: roster.data?.reserveRoster ?? [],
    loaded: roster.data !== undefined,
    loading: roster.networkStatus === NetworkStatus.loading || roster.networkStatus === NetworkStatus.setVariables,
    error: roster.error,
    retry: () => void roster.refetch(),
    exportCsv,
    exporting,
    exportError,
    setAvailabilityNotes,
    savingNotes,
  };
}

export type ReserveRosterState = ReturnType<typeof useReserveRoster>;
