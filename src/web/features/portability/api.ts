import { useMutation, useQuery } from '@tanstack/react-query';
import { ImportCreated, ImportSummary, type ImportFormat } from '../../../contracts/portability';
import { apiRequest } from '../../lib/api-client';

/** Sends a file to import; answers with the import's id as soon as the server has the file. */
export function useStartImport() {
  return useMutation({
    mutationFn: ({ format, file }: { format: ImportFormat; file: File }) => {
      const body = new FormData();
      body.set('format', format);
      body.set('file', file);
      return apiRequest('POST', '/api/imports', { body, schema: ImportCreated });
    },
  });
}

/** One import, asked again every second while it is queued or running. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: ['imports', id],
    enabled: id !== null,
    queryFn: () => apiRequest('GET', `/api/imports/${id}`, { schema: ImportSummary }),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 1000;
    },
  });
}
