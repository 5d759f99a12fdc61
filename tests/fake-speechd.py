#!/usr/bin/env python3
# fake-speechd.py: a stand-in for speech-dispatcher, for the read aloud tests
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Listens on a Unix socket and speaks enough SSIP (the Speech Synthesis
# Interface Protocol of speech-dispatcher) for libspeechd: it answers
# every command with the codes the protocol gives, and "reads" each
# message it is sent by reporting its SSML marks one after the other,
# then its end, as the real service does when notifications are on
# (events 700 INDEX MARK, 701 BEGIN, 702 END, 703 CANCELED). PAUSE holds
# the reading before the next mark, RESUME goes on, CANCEL and STOP drop
# what is queued. Every command, and the text of every message, is
# written to the log, one a line, for the tests to read:
#
#   fake-speechd.py SOCKET LOG [--interval SECONDS] [--ready FILE]
#
# --interval is the time between two marks; --ready names a file made
# once the socket listens; --silent reads every command and answers none,
# as a service that has hung. It runs until killed.

import argparse
import os
import re
import socket
import threading
import time

OK = {
    'CLIENT_NAME': '208 OK CLIENT NAME SET',
    'LANGUAGE': '201 OK LANGUAGE SET',
    'PRIORITY': '202 OK PRIORITY SET',
    'RATE': '203 OK RATE SET',
    'PITCH': '204 OK PITCH SET',
    'PUNCTUATION': '205 OK PUNCTUATION SET',
    'CAP_LET_RECOGN': '206 OK CAP LET RECOGNITION SET',
    'SPELLING': '207 OK SPELLING SET',
    'VOICE_TYPE': '209 OK VOICE SET',
    'SYNTHESIS_VOICE': '209 OK VOICE SET',
    'OUTPUT_MODULE': '216 OK OUTPUT MODULE SET',
    'SSML_MODE': '219 OK SSML MODE SET',
    'NOTIFICATION': '220 OK NOTIFICATION SET',
    'VOLUME': '218 OK VOLUME SET',
}

EVENTS = {'index_marks': 700, 'begin': 701, 'end': 702, 'cancel': 703,
          'pause': 704, 'resume': 705}

next_message = [100]
next_client = [1]
ids_lock = threading.Lock()
clients = []


class Log:
    def __init__(self, path):
        self.lock = threading.Lock()
        self.file = open(path, 'a', encoding='utf-8')

    def write(self, line):
        with self.lock:
            self.file.write(line + '\n')
            self.file.flush()


class Client:
    def __init__(self, conn, log, interval, silent=False):
        self.silent = silent
        self.conn = conn
        self.log = log
        self.interval = interval
        self.write_lock = threading.Lock()
        self.cond = threading.Condition()
        self.queue = []          # (message id, [marks])
        self.paused = False
        self.closed = False
        self.current = None
        self.cancelled = False
        self.notify = set()
        with ids_lock:
            self.id = next_client[0]
            next_client[0] += 1
            clients.append(self)
        threading.Thread(target=self.reader, daemon=True).start()

    def send(self, *lines):
        if self.silent:
            return
        data = ''.join(line + '\r\n' for line in lines)
        with self.write_lock:
            try:
                self.conn.sendall(data.encode('utf-8'))
            except OSError:
                pass

    def event(self, kind, message, mark=None):
        if kind not in self.notify:
            return
        code = EVENTS[kind]
        lines = ['%d-%d' % (code, message), '%d-%d' % (code, self.id)]
        if mark is not None:
            lines.append('%d-%s' % (code, mark))
        text = {'index_marks': 'INDEX MARK', 'begin': 'BEGIN', 'end': 'END',
                'cancel': 'CANCELED', 'pause': 'PAUSED', 'resume': 'RESUMED'}[kind]
        lines.append('%d %s' % (code, text))
        self.log.write('EVENT %s %d%s' % (kind, message, '' if mark is None else ' ' + mark))
        self.send(*lines)

    # Reads each message in turn, as a synthesiser would.
    def reader(self):
        while True:
            with self.cond:
                while not self.queue and not self.closed:
                    self.cond.wait()
                if self.closed:
                    return
                message, marks = self.queue.pop(0)
                self.current = message
                self.cancelled = False
            self.event('begin', message)
            for mark in marks:
                with self.cond:
                    while self.paused and not self.cancelled and not self.closed:
                        self.cond.wait()
                    if self.cancelled or self.closed:
                        break
                self.event('index_marks', message, mark)
                with self.cond:
                    self.cond.wait_for(lambda: self.cancelled or self.closed, self.interval)
            with self.cond:
                cancelled = self.cancelled or self.closed
                while self.paused and not cancelled:
                    self.cond.wait()
                    cancelled = self.cancelled or self.closed
                self.current = None
            if cancelled:
                self.event('cancel', message)
            else:
                self.event('end', message)

    def cancel(self):
        with self.cond:
            for message, _ in self.queue:
                self.event('cancel', message)
            self.queue = []
            if self.current is not None:
                self.cancelled = True
            self.cond.notify_all()

    def command(self, line):
        words = line.split()
        upper = [w.upper() for w in words]
        if not words:
            return '300 ERR UNKNOWN COMMAND'
        if upper[0] == 'SET' and len(words) >= 4:
            setting = upper[2]
            if setting == 'NOTIFICATION':
                kind = words[3].lower()
                kinds = EVENTS.keys() if kind == 'all' else [kind]
                for k in kinds:
                    if words[4].lower() == 'on':
                        self.notify.add(k)
                    else:
                        self.notify.discard(k)
            return OK.get(setting, '200 OK SET')
        if upper[0] == 'HISTORY' and upper[1:3] == ['GET', 'CLIENT_ID']:
            return '245-%d\r\n245 OK CLIENT ID SENT' % self.id
        if upper[0] == 'PAUSE':
            with self.cond:
                self.paused = True
                self.cond.notify_all()
            return '210 OK PAUSED'
        if upper[0] == 'RESUME':
            with self.cond:
                self.paused = False
                self.cond.notify_all()
            return '211 OK RESUMED'
        if upper[0] in ('CANCEL', 'STOP'):
            # ALL is what a screen reader's interruption does to others.
            for client in (list(clients) if upper[1:2] == ['ALL'] else [self]):
                client.cancel()
            return '210 OK STOPPED' if upper[0] == 'STOP' else '213 OK CANCELED'
        if upper[0] == 'QUIT':
            return None
        return '500 ERR INVALID COMMAND'

    def serve(self):
        stream = self.conn.makefile('rb')
        try:
            while True:
                raw = stream.readline()
                if not raw:
                    break
                line = raw.decode('utf-8', 'replace').rstrip('\r\n')
                self.log.write(line)
                if line.upper() == 'SPEAK':
                    self.send('230 OK RECEIVING DATA')
                    data = []
                    while True:
                        raw = stream.readline()
                        if not raw:
                            return
                        part = raw.decode('utf-8', 'replace').rstrip('\r\n')
                        if part == '.':
                            break
                        data.append(part[1:] if part.startswith('..') else part)
                    text = '\n'.join(data)
                    with ids_lock:
                        message = next_message[0]
                        next_message[0] += 1
                    self.log.write('DATA %d %s' % (message, text.replace('\n', ' ')))
                    marks = re.findall(r'<mark\s+name="([^"]*)"\s*/>', text)
                    self.send('225-%d' % message, '225 OK MESSAGE QUEUED')
                    with self.cond:
                        self.queue.append((message, marks))
                        self.cond.notify_all()
                    continue
                reply = self.command(line)
                if reply is None:
                    self.send('231 HAPPY HACKING')
                    break
                self.send(reply)
        finally:
            with ids_lock:
                clients.remove(self)
            with self.cond:
                self.closed = True
                self.cond.notify_all()
            self.log.write('CLOSED')
            self.conn.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('socket')
    parser.add_argument('log')
    parser.add_argument('--interval', type=float, default=0.1)
    parser.add_argument('--ready')
    parser.add_argument('--silent', action='store_true')
    args = parser.parse_args()

    # Ends with the test that started it, even one that crashed.
    try:
        import ctypes
        import signal
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

    log = Log(args.log)
    try:
        os.unlink(args.socket)
    except FileNotFoundError:
        pass
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(args.socket)
    server.listen(8)
    if args.ready:
        with open(args.ready, 'w') as ready:
            ready.write('%d\n' % os.getpid())
    while True:
        conn, _ = server.accept()
        client = Client(conn, log, args.interval, args.silent)
        threading.Thread(target=client.serve, daemon=True).start()


if __name__ == '__main__':
    main()
