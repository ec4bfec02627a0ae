import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen worker process (district merge) starts here
    from desktop_app.cli.main import main

    sys.exit(main())
