// The drives whose check-in desk the signed-in desk person works, the one under way or next first,
// then the ones to come, then those that are over: the desk is opened on the day of a drive.
import { useQuery } from '@apollo/client/react';
import { CheckInDeskDrivesDocument, type CheckInDeskDrivesQuery } from '../../generated/graphql';

export type DeskDrive = CheckInDeskDrivesQuery['drives']['edges'][number]['node'];

/** Drives not yet over by start (soonest first), then those over (latest first). */
export function deskOrder(drives: readonly DeskDrive[], now: Date): DeskDrive[] {
  const over = (drive: DeskDrive) => Date.parse(drive.endsAt) < now.getTime();
  const coming = drives.filter((d) => !over(d)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = drives.filter(over).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return [...coming, ...past];
}

export function useDeskDrives() {
  const query = useQuery(CheckInDeskDrivesDocument, { fetchPolicy: 'cache-and-network' });
  const drives = query.data ? deskOrder(query.data.drives.edges.map((edge) => edge.node), new Date()) : undefined;
  return { drives, loading: query.loading, error: query.error, retry: () => void query.refetch() };
}
