import { NoContent, pageOf } from '../../../contracts/common';
import {
  AlignmentQuery,
  AlignmentTrend,
  WeekParams,
  WeeklyReview,
  WeeklyReviewBody,
  WeeklyReviewQuery,
} from '../../../contracts/reviews';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
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
export async function reviewRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['reviews'];

  app.get(
    '/api/reviews/weekly',
    {
      schema: {
        tags,
        summary: 'My weekly reviews with their alignment, newest week first',
        querystring: WeeklyReviewQuery,
        response: { 200: pageOf(WeeklyReview), ...errorResponses(400, 401) },
      },
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

  app.post(
    '/api/reviews/weekly',
    {
      schema: {
        tags,
        summary:
          'Review a week (this one or a past one): rate my values 0–10; a second review of the same week updates it',
        body: WeeklyReviewBody,
        response: { 200: WeeklyReview, 201: WeeklyReview, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request, reply) => {
      const { review, created } = await saveWeeklyReview(db, callerId(request), request.body);
      return reply
        .status(created ? 201 : 200)
        .send(presentReview(review, await loadRatings(db, [review.id])));
    },
  );

  app.get(
    '/api/reviews/weekly/:week',
    {
      schema: {
        tags,
        summary: 'My review of one week',
        params: WeekParams,
        response: { 200: WeeklyReview, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const review = await findOwnReview(db, callerId(request), request.params.week);
      return presentReview(review, await loadRatings(db, [review.id]));
    },
  );

  app.delete(
    '/api/reviews/weekly/:week',
    {
      schema: {
        tags,
        summary: 'Delete my review of a week with its ratings',
        params: WeekParams,
        response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteWeeklyReview(db, callerId(request), request.params.week);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/reviews/alignment',
    {
      schema: {
        tags,
        summary: 'My alignment week by week, and each value’s ratings, over the last weeks',
        querystring: AlignmentQuery,
        response: { 200: AlignmentTrend, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const { reviews, ratings, values } = await reviewsOfLastWeeks(
        db,
        callerId(request),
        request.query.weeks,
      );
      return presentAlignmentTrend(reviews, ratings, values);
    },
  );
}
