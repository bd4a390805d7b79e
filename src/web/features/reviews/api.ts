import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import { AlignmentTrend, WeeklyReview, type WeeklyReviewBody } from '../../../contracts/reviews';
import { Today } from '../../../contracts/today';
import { Assessment, Value } from '../../../contracts/vision';
import { ApiError, apiRequest } from '../../lib/api-client';
import { TODAY_KEY } from '../../lib/item-cache';

const REVIEWS_KEY = ['reviews'] as const;
/** Today and Vision show aspirations' reality; an assessment here refreshes them. */
const ASPIRATIONS_KEY = ['aspirations'] as const;
const weekKey = (week: string) => [...REVIEWS_KEY, 'week', week] as const;
const TREND_WEEKS = 26;

const ReviewPage = pageOf(WeeklyReview);
const weekPath = (week: string) => `/api/reviews/weekly/${encodeURIComponent(week)}`;

/** Today in my time zone (the server's answer, so the week is the one I live in). */
export function useTodayDate() {
  return useQuery({
    queryKey: TODAY_KEY,
    queryFn: () => apiRequest('GET', '/api/today', { schema: Today }),
    select: (today) => today.date,
  });
}

/** My values, by rank. */
export function useMyValues() {
  return useQuery({
    queryKey: ['values'],
    queryFn: async () => (await apiRequest('GET', '/api/values', { schema: pageOf(Value) })).items,
  });
}

/** My review of one week, or null when I have not reviewed it. */
export function useWeeklyReview(week: string | undefined) {
  return useQuery({
    queryKey: weekKey(week ?? ''),
    enabled: Boolean(week),
    queryFn: async () => {
      try {
        return await apiRequest('GET', weekPath(week ?? ''), { schema: WeeklyReview });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** My latest reviews, newest week first. */
export function useWeeklyReviews() {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'list'],
    queryFn: async () =>
      (await apiRequest('GET', '/api/reviews/weekly?limit=52', { schema: ReviewPage })).items,
  });
}

/** Alignment week by week over the last half year, and each value's ratings. */
export function useAlignmentTrend() {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'alignment', TREND_WEEKS],
    queryFn: () =>
      apiRequest('GET', `/api/reviews/alignment?weeks=${TREND_WEEKS}`, { schema: AlignmentTrend }),
  });
}

export interface RealityUpdate {
  aspirationId: string;
  level: number;
  evidence: string;
}

/**
 * Saves the week's review (a second save of the same week updates it), then records the reality
 * assessments made during it.
 */
export function useSaveReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      review,
      reality,
    }: {
      review: WeeklyReviewBody;
      reality: RealityUpdate[];
    }) => {
      const saved = await apiRequest('POST', '/api/reviews/weekly', {
        body: review,
        schema: WeeklyReview,
      });
      for (const update of reality) {
        await apiRequest(
          'POST',
          `/api/aspirations/${encodeURIComponent(update.aspirationId)}/assessments`,
          { body: { level: update.level, evidence: update.evidence }, schema: Assessment },
        );
      }
      return saved;
    },
    onSuccess: (saved, { reality }) => {
      queryClient.setQueryData(weekKey(saved.week), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: REVIEWS_KEY }),
        reality.length > 0
          ? Promise.all([
              queryClient.invalidateQueries({ queryKey: ASPIRATIONS_KEY }),
              queryClient.invalidateQueries({ queryKey: TODAY_KEY }),
            ])
          : null,
      ]);
    },
  });
}
