// The drives a desk person may be given, for the invite form and the desk drives dialog: an
// organizer's own organization's, or an admin's pick of one organization's (asked of the API by
// organization, so the newest drives of other organizations cannot push these off the list).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UsersDeskDriveChoicesDocument } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';

interface Options {
  /** Whether the signed-in person is an admin, who must name the organization. */
  admin: boolean;
  /** The desk person's organization (an admin's choice); ignored for organizers, who have one. */
  organizationId: string | null | undefined;
  skip?: boolean;
}

export function useDeskDriveChoices({ admin, organizationId, skip = false }: Options) {
  const { t: tc } = useTranslation('common');
  // An admin without an organization yet would get every organization's drives: wait for one.
  const drives = useQuery(UsersDeskDriveChoicesDocument, {
    variables: admin && organizationId ? { organizationId } : {},
    skip: skip || (admin && !organizationId),
  });
  return {
    drives: drives.data?.drives.edges.map((edge) => edge.node) ?? [],
    loading: drives.loading,
    problem: drives.error ? errorMessage(drives.error, tc) : null,
  };
}
