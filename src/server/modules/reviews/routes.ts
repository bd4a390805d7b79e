import { pageOf } from '../../../contracts/common';
import {
  AlignmentQuery,
  AlignmentTrend,
  WeekParams,
  WeeklyReview,
  WeeklyReviewBody,
  WeeklyReviewQuery,
} from '../../../contracts/reviews';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import {
  deleteWeeklyReview,
  findOwnReview,
  listReviews,
  loadRatings,
  reviewsOfLastWeeks,
  saveWeeklyReview,
} from './commands';
import { presentAlignmentTrend, presentReview } from './presenters';

/** Weekly reviews: values rated against the week's actions (alignment), and what I learned. */
export async function reviewRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'reviews');
  route.get(
    '/api/reviews/weekly',
    {
      summary: 'My weekly reviews with their alignment, newest week first',
      query: WeeklyReviewQuery,
      reply: pageOf(WeeklyReview),
      errors: [400, 401],
    },
    async (request) => {
      const page = await listReviews(db, callerId(request), request.query);
      const ratings = await loadRatings(
        db,
        page.items.map((r) => r.id),
      );
      return {
        items: page.items.map((row) => presentReview(row, ratings)),
        nextCursor: page.nextCursor,
      };
    },
  );
  route.post(
    '/api/reviews/weekly',
    {
      summary:
        'Review a week (this one or a past one): rate my values 0–10; a second review of the same week updates it',
      body: WeeklyReviewBody,
      reply: WeeklyReview,
      status: 201,
      also: { 200: WeeklyReview },
      errors: [400, 401, 403, 413],
    },
    async (request, reply) => {
      const { review, created } = await saveWeeklyReview(db, callerId(request), request.body);
      return reply
        .status(created ? 201 : 200)
        .send(presentReview(review, await loadRatings(db, [review.id])));
    },
  );
  route.get(
    '/api/reviews/weekly/:week',
    {
      summary: 'My review of one week',
      params: WeekParams,
      reply: WeeklyReview,
      errors: [400, 401, 404],
    },
    async (request) => {
      const review = await findOwnReview(db, callerId(request), request.params.week);
      return presentReview(review, await loadRatings(db, [review.id]));
    },
  );
  route.delete(
    '/api/reviews/weekly/:week',
    {
      summary: 'Delete my review of a week with its ratings',
      params: WeekParams,
      status: 204,
      errors: [400, 401, 403, 404],
    },
    async (request) => deleteWeeklyReview(db, callerId(request), request.params.week),
  );
  route.get(
    '/api/reviews/alignment',
    {
      summary: 'My alignment week by week, and each value’s ratings, over the last weeks',
      query: AlignmentQuery,
      reply: AlignmentTrend,
      errors: [400, 401],
    },
    async (request) => {
      const userId = callerId(request);
      const { reviews, ratings, values } = await reviewsOfLastWeeks(
        db,
        userId,
        request.query.weeks,
      );
      return presentAlignmentTrend(reviews, ratings, values);
    },
  );
}
