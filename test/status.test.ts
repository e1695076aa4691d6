import { describe, expect, it } from 'vitest';
import { statusOf } from '../src/lib/extract/status.ts';

const status = (measure: string, before: string, after = '') => statusOf({ measure, before, after, period: null });

describe('status', () => {
  it('reads a plan from its cue words for any investment measure, a planned-investment measure always', () => {
    expect(status('fixed-asset-investment', 'The region plans a total fixed-asset investment of ')).toBe('planned');
    expect(status('fixed-asset-investment', "The region's fixed-asset investment reached ")).toBe('actual');
    expect(status('investment-planned', 'with a total investment of ')).toBe('planned');
    // A plan word before a count is not a plan unless it plans to do something.
    expect(status('train-trips', 'The planned route carried ')).toBe('actual');
    expect(status('train-trips', 'The city plans to send ')).toBe('planned');
    // The plan a share is measured against is no plan of the figure's.
    expect(status('fixed-asset-investment-share', 'Investment reached 4 billion yuan, completing ', ' of the annual plan')).toBe('actual');
    expect(status('investment-share', 'Industry took ', ' of the total investment')).toBe('actual');
  });

  it('lets the cue nearest the figure decide between a plan, a forecast and an aim', () => {
    // "will invest in" is a plan, though its "will" alone would be a forecast.
    expect(status('projects', 'The county will invest in ')).toBe('planned');
    expect(status('projects', 'The group intends to build ')).toBe('planned');
    expect(status('jobs', 'The company plans a plant that is expected to create ')).toBe('expected');
    expect(status('train-trips', 'Officials expect the line, which the city plans to extend, to carry ')).toBe('planned');
    expect(status('cargo-volume', 'The port will strive to, and aims to handle ')).toBe('target');
    expect(status('train-trips', 'The line will carry ')).toBe('expected');
  });

  it('reads a flow totalled up to a day as a running total, not a stock', () => {
    const asOf = { start: null, end: '2017-12-31', label: 'as of the end of 2017' };
    expect(statusOf({ measure: 'train-trips', before: 'Trains made a total of ', after: ' trips as of the end of 2017', period: asOf })).toBe('cumulative');
    expect(statusOf({ measure: 'routes', before: 'The port runs a total of ', after: ' routes as of 2017', period: asOf })).toBe('actual');
    expect(statusOf({ measure: 'train-trips', before: 'Trains made ', after: ' trips as of the end of 2017', period: asOf })).toBe('actual');
  });

  it('reads the level a change starts from as the present one, and a forecast\'s cue from far back in its clause', () => {
    expect(status('vehicle-capacity-per-day', 'The new yard will lift the capacity of the checkpoint from ', ' to 600 vehicles per day')).toBe('actual');
    expect(status('vehicle-capacity-per-day', 'The new yard will lift the capacity of the checkpoint from 200 to ', ' vehicles per day')).toBe('expected');
  });

  it('never reads a growth as a running total', () => {
    expect(status('revenue-growth', 'Her sales ', ' in two years to 3 million yuan')).toBe('actual');
    expect(status('train-trips', 'The hub ran ', ' trains in three years')).toBe('cumulative');
  });

  it('tells a target, an expectation and a running total', () => {
    expect(status('vehicle-capacity-per-day', 'The port aims to lift its capacity to ')).toBe('target');
    expect(status('cargo-volume', 'The new yard is expected to handle ')).toBe('expected');
    expect(status('train-trips', 'The hub has run a total of ', ' since 2016')).toBe('cumulative');
  });
});
