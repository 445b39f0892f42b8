# threading.excepthook: uncaught exceptions of threads, custom hooks, SystemExit.
import threading, sys

def boom(x):
    raise ValueError('bad %s' % x)

def run(target, *args, name=None):
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()
    return t

seen = []
def hook(args):
    seen.append(args)
    print('hook:', type(args).__name__, args.exc_type.__name__, args.exc_value,
          args.thread.name, args.exc_traceback.tb_frame.f_code.co_name,
          threading.current_thread() is args.thread)

print(threading.excepthook is threading.__excepthook__,
      threading.ExceptHookArgs is type(threading.ExceptHookArgs((1, 2, 3, 4))))
threading.excepthook = hook
t = run(boom, 1)
print(t.is_alive(), len(seen), seen[0][:2] == (ValueError, seen[0].exc_value))
run(sys.exit, 3, name='exiter')
print('SystemExit reaches the hook too:', seen[-1].exc_type.__name__)

# a thread started while the main thread handles an exception has no context
try:
    1 / 0
except ZeroDivisionError:
    run(boom, 2)
print(seen[-1].exc_value.__context__)

def badhook(args):
    raise KeyError('in hook')
threading.excepthook = badhook
run(boom, 3)
print('after badhook')

threading.excepthook = threading.__excepthook__
run(sys.exit, 4)
print('SystemExit is silent')
a = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(a.exc_type, a.thread, len(a), repr(a))
try:
    threading.ExceptHookArgs((1, 2))
except TypeError as e:
    print('TypeError', e)
sys.stdout.flush()
run(boom, 'last', name='Last')
