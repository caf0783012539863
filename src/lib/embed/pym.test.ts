import { describe, expect, it } from 'vitest';
import { childIdFrom, heightMessage, parsePymMessage, pymMessage } from './pym';

describe('pym.js message format', () => {
	it('writes messages the way pym.js v1 does', () => {
		// pym.js: ['pym', id, messageType, message].join('xPYMx')
		expect(pymMessage('example', 'height', '420')).toBe('pymxPYMxexamplexPYMxheightxPYMx420');
		expect(heightMessage('kg-1', 419.2)).toBe('pymxPYMxkg-1xPYMxheightxPYMx420');
		expect(heightMessage('', 300)).toBe('pymxPYMxxPYMxheightxPYMx300');
	});

	it('reads what pym.js parents send, with or without an id', () => {
		expect(parsePymMessage('pymxPYMxexamplexPYMxwidthxPYMx640')).toEqual({
			id: 'example',
			type: 'width',
			message: '640'
		});
		expect(parsePymMessage('pymxPYMxxPYMxheightxPYMx300')).toEqual({
			id: '',
			type: 'height',
			message: '300'
		});
	});

	it('ignores other messages', () => {
		expect(parsePymMessage({ height: 300 })).toBeNull();
		expect(parsePymMessage('height:300')).toBeNull();
		expect(parsePymMessage('pymxPYMxonly')).toBeNull();
	});

	it('round-trips', () => {
		const text = pymMessage('a-b_c', 'navigateTo', 'https://example.org/?q=1');
		expect(parsePymMessage(text)).toEqual({
			id: 'a-b_c',
			type: 'navigateTo',
			message: 'https://example.org/?q=1'
		});
	});

	it('finds the id pym.js puts in the query string', () => {
		expect(childIdFrom('?initialWidth=640&childId=story-chart&parentTitle=x')).toBe('story-chart');
		expect(childIdFrom('')).toBe('');
	});
});
