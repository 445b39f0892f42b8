# __file__, sys.argv[0] and sys.path[0] for scripts run by different paths.
GLASS=$1
"$GLASS" _helpers/where_am_i.py
"$GLASS" ./_helpers/where_am_i.py
(cd _helpers && "$GLASS" where_am_i.py)
"$GLASS" "$(pwd)/_helpers/where_am_i.py" | grep -v argv
